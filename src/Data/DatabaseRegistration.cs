using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Plateforme.Data;

/// <summary>How a module registers its tables in the platform's one database.</summary>
public static class DatabaseRegistration
{
    /// <summary>
    /// Reads the "Database" section now (the provider decides which context types exist; a wrong value stops the
    /// boot here) and registers it as options validated at start, once whichever module asks first.
    /// </summary>
    public static DatabaseOptions AddDatabaseOptions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var database = DatabaseOptions.Read(configuration);
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<DatabaseOptions>)))
        {
            services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        }

        return database;
    }

    /// <summary>The store in the "Database" of <paramref name="configuration"/>: see the overload taking the options.</summary>
    public static IServiceCollection AddModuleStore<TBase, TSqlite, TPostgres>(
        this IServiceCollection services, ModuleStore<TBase, TSqlite, TPostgres> store, IConfiguration configuration, string contentRoot)
        where TBase : DbContext
        where TSqlite : TBase
        where TPostgres : TBase =>
        services.AddModuleStore(store, services.AddDatabaseOptions(configuration), contentRoot);

    /// <summary>
    /// A pooled factory of the provider's subclass, the provider-neutral <c>IDbContextFactory&lt;TBase&gt;</c> over it,
    /// a scoped <typeparamref name="TBase"/> (returned to the pool with its scope) and its <see cref="DatabaseMigrator{TContext}"/>.
    /// A relative SQLite path is resolved against <paramref name="contentRoot"/>. Registering the same store twice does nothing.
    /// </summary>
    public static IServiceCollection AddModuleStore<TBase, TSqlite, TPostgres>(
        this IServiceCollection services, ModuleStore<TBase, TSqlite, TPostgres> store, DatabaseOptions database, string contentRoot)
        where TBase : DbContext
        where TSqlite : TBase
        where TPostgres : TBase
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(database);
        // A second AddPooledDbContextFactory would add its options action again (interceptors twice).
        if (services.Any(d => d.ServiceType == typeof(IDbContextFactory<TBase>))) return services;

        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddPooledDbContextFactory<TPostgres>(options => store.Configure(options, DatabaseProvider.PostgreSql, database.ConnectionString));
            services.AddSingleton<IDbContextFactory<TBase>, ProviderNeutralContextFactory<TBase, TPostgres>>();
        }
        else
        {
            var connectionString = Health.ReadOnlyStorage.Adapt(SqlitePaths.Resolve(database.ConnectionString, contentRoot));
            services.AddPooledDbContextFactory<TSqlite>(options => store.Configure(options, DatabaseProvider.Sqlite, connectionString));
            services.AddSingleton<IDbContextFactory<TBase>, ProviderNeutralContextFactory<TBase, TSqlite>>();
        }

        services.TryAddScoped(provider => provider.GetRequiredService<IDbContextFactory<TBase>>().CreateDbContext());
        services.TryAddSingleton<DatabaseMigrator<TBase>>();
        return services;
    }

    /// <summary>
    /// Runs the store's migrations as a hosted startup step, in registration order with the other hosted services
    /// (once, however many modules ask for it).
    /// </summary>
    public static IServiceCollection AddMigrationAtStart<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseMigrator<TContext>>());
        return services;
    }
}
