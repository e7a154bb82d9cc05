using Plateforme.Data;

namespace Plateforme.Experiences.Store;

internal sealed class PostgresExperiencesDesignTimeFactory()
    : DesignTimeContextFactory<PostgresExperiencesDbContext>(ExperiencesDbContext.Store.Configure, DatabaseProvider.PostgreSql);
