using Plateforme.Data;

namespace Plateforme.Experiences.Store;

internal sealed class SqliteExperiencesDesignTimeFactory()
    : DesignTimeContextFactory<SqliteExperiencesDbContext>(ExperiencesDbContext.Store.Configure, DatabaseProvider.Sqlite);
