using Microsoft.EntityFrameworkCore;

namespace Plateforme.Accounts.Store;

/// <summary>Accounts in the platform's SQLite file, with migrations under Migrations/Sqlite.</summary>
public sealed class SqliteAccountsDbContext(DbContextOptions<SqliteAccountsDbContext> options) : AccountsDbContext(options)
{
    public override AccountsDatabaseProvider Provider => AccountsDatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date-time type: text could not be compared in queries. UTC ticks can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
