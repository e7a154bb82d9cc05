using Microsoft.EntityFrameworkCore;
using Plateforme.Data;

namespace Plateforme.Accounts.Store;

/// <summary>Accounts in PostgreSQL (schema "accounts"), with migrations under Migrations/Postgres.</summary>
public sealed class PostgresAccountsDbContext(DbContextOptions<PostgresAccountsDbContext> options) : AccountsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasDefaultSchema(Store.PostgresSchema);
        base.OnModelCreating(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.StoreInstantsAsUtc(Provider);
    }
}
