using Plateforme.Data;

namespace Plateforme.Accounts.Store;

internal sealed class PostgresAccountsDesignTimeFactory()
    : DesignTimeContextFactory<PostgresAccountsDbContext>(AccountsDbContext.Store.Configure, DatabaseProvider.PostgreSql);
