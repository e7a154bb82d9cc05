using Plateforme.Data;

namespace Plateforme.Lending.Store;

internal sealed class SqliteLendingDesignTimeFactory()
    : DesignTimeContextFactory<SqliteLendingDbContext>(LendingDbContext.Store.Configure, DatabaseProvider.Sqlite);
