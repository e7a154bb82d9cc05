using Plateforme.Data;

namespace Plateforme.Experiences.Opportunities.Store;

internal sealed class SqliteOpportunitiesDesignTimeFactory()
    : DesignTimeContextFactory<SqliteOpportunitiesDbContext>(OpportunitiesDbContext.Store.Configure, DatabaseProvider.Sqlite);
