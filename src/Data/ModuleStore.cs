using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Plateforme.Data;

/// <summary>
/// One module's tables in the platform's database: its provider-neutral context, the SQLite and PostgreSQL
/// subclasses (each with its own migrations), its PostgreSQL schema and its own migrations history table, so the
/// modules' migrations never mix in the one database. Declared once per module, used by its registration, its
/// design-time factories, tools and tests.
/// </summary>
public sealed class ModuleStore<TBase, TSqlite, TPostgres>
    where TBase : DbContext
    where TSqlite : TBase
    where TPostgres : TBase
{
    private readonly IInterceptor[] _interceptors;

    /// <param name="interceptors">The module's own, added after the kit's SQLite connection setup.</param>
    public ModuleStore(string postgresSchema, string migrationsHistoryTable, params IInterceptor[] interceptors)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(postgresSchema);
        ArgumentException.ThrowIfNullOrWhiteSpace(migrationsHistoryTable);
        PostgresSchema = postgresSchema;
        MigrationsHistoryTable = migrationsHistoryTable;
        _interceptors = interceptors;
    }

    /// <summary>PostgreSQL schema holding the module's tables (SQLite has one namespace: table names are prefixed or distinct).</summary>
    public string PostgresSchema { get; }

    public string MigrationsHistoryTable { get; }

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, PostgresSchema));
        }
        else
        {
            options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
                .AddInterceptors(SqliteConnectionSetup.Instance);
        }

        if (_interceptors.Length > 0) options.AddInterceptors(_interceptors);
        return options;
    }

    /// <summary>
    /// From the base context's OnModelCreating (EF builds one model per subclass, so per provider): on PostgreSQL
    /// the module's tables go to its own schema; each module owns its tables in the one database.
    /// </summary>
    public void ConfigureModel(ModelBuilder modelBuilder, DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        if (database.ProviderOf() == DatabaseProvider.PostgreSql) modelBuilder.HasDefaultSchema(PostgresSchema);
    }

    /// <summary>
    /// A context outside dependency injection (tools, tests, benchmarks); the connection string is used as given.
    /// Give the application's services when the context looks some up (EF keeps them in its options).
    /// </summary>
    public TBase CreateContext(DatabaseProvider provider, string connectionString, IServiceProvider? applicationServices = null) =>
        provider == DatabaseProvider.PostgreSql
            ? Create<TPostgres>(provider, connectionString, applicationServices)
            : Create<TSqlite>(provider, connectionString, applicationServices);

    /// <summary>A factory of unpooled contexts outside dependency injection, for code that takes a factory.</summary>
    public IDbContextFactory<TBase> CreateFactory(DatabaseProvider provider, string connectionString, IServiceProvider? applicationServices = null) =>
        new ContextsOutsideDi<TBase>(() => CreateContext(provider, connectionString, applicationServices));

    private TContext Create<TContext>(DatabaseProvider provider, string connectionString, IServiceProvider? applicationServices)
        where TContext : TBase
    {
        var options = new DbContextOptionsBuilder<TContext>();
        Configure(options, provider, connectionString);
        if (applicationServices is not null) options.UseApplicationServiceProvider(applicationServices);
        return ContextActivator.Create(options.Options);
    }
}
