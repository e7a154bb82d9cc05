using Microsoft.EntityFrameworkCore;
using Plateforme.Data;

namespace Plateforme.Accounts.Store;

/// <summary>Accounts in the platform's SQLite file, with migrations under Migrations/Sqlite.</summary>
public sealed class SqliteAccountsDbContext(DbContextOptions<SqliteAccountsDbContext> options) : AccountsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.StoreInstantsAsUtc(Provider);
    }
}
