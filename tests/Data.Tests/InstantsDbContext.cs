using Microsoft.EntityFrameworkCore;

namespace Plateforme.Data.Tests;

/// <summary>A one-table SQLite context that stores instants the way every module does.</summary>
public sealed class InstantsDbContext(DbContextOptions<InstantsDbContext> options) : DbContext(options)
{
    public static ModuleStore<InstantsDbContext, InstantsDbContext, InstantsDbContext> Store { get; } = new("tests", "__TestsMigrationsHistory");

    public DbSet<Stamp> Stamps => Set<Stamp>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.StoreInstantsAsUtc(DatabaseProvider.Sqlite);
    }
}
