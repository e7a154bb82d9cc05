using Microsoft.EntityFrameworkCore;

namespace Plateforme.Accounts.Store;

/// <summary>Accounts in PostgreSQL (schema "accounts"), with migrations under Migrations/Postgres.</summary>
public sealed class PostgresAccountsDbContext(DbContextOptions<PostgresAccountsDbContext> options) : AccountsDbContext(options)
{
    public override AccountsDatabaseProvider Provider => AccountsDatabaseProvider.PostgreSql;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasDefaultSchema(AccountsDatabase.PostgresSchema);
        base.OnModelCreating(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        // Npgsql writes timestamptz only from UTC values.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }
}
