using Plateforme.Data;

namespace Plateforme.Experiences.Opportunities.Store;

internal sealed class PostgresOpportunitiesDesignTimeFactory()
    : DesignTimeContextFactory<PostgresOpportunitiesDbContext>(OpportunitiesDbContext.Store.Configure, DatabaseProvider.PostgreSql);
