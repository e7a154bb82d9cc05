using Plateforme.Data;

namespace Plateforme.Accounts.Store;

internal sealed class SqliteAccountsDesignTimeFactory()
    : DesignTimeContextFactory<SqliteAccountsDbContext>(AccountsDbContext.Store.Configure, DatabaseProvider.Sqlite);
