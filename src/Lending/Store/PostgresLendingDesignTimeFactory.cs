using Plateforme.Data;

namespace Plateforme.Lending.Store;

internal sealed class PostgresLendingDesignTimeFactory()
    : DesignTimeContextFactory<PostgresLendingDbContext>(LendingDbContext.Store.Configure, DatabaseProvider.PostgreSql);
