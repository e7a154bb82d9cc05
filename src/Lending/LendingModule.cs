using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Plateforme.Lending.Balances;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Clock;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Store;

namespace Plateforme.Lending;

/// <summary>The lending module's composition: one call from Program.cs.</summary>
public static class LendingModule
{
    /// <summary>
    /// Registers the lending database (migrated at start), the services the pages call (<see cref="CampaignService"/>,
    /// <see cref="PledgeService"/>, <see cref="LoanService"/>, <see cref="RepaymentService"/>,
    /// <see cref="LenderBalanceService"/>, <see cref="CampaignClock"/>, <see cref="LedgerInvariantChecker"/>,
    /// <see cref="OutgoingMessages"/>) and the offline payment provider unless another is registered first.
    /// </summary>
    public static IHostApplicationBuilder AddLending(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(LendingOptions.SectionName);
        builder.Services.AddOptions<LendingOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var settings = section.Get<LendingOptions>() ?? new LendingOptions();
        builder.Services.AddLendingServices(settings.Database, builder.Environment.ContentRootPath);
        builder.Services.AddHostedService(provider => provider.GetRequiredService<LendingMigrator>());
        builder.Services.AddHealthChecks().AddCheck<Health.LendingDatabaseHealthCheck>(Health.LendingDatabaseHealthCheck.Name, tags: ["ready", "lending"]);
        return builder;
    }

    /// <summary>The same registrations without a host (tests, benchmarks, tools); options come from the caller.</summary>
    public static IServiceCollection AddLendingServices(this IServiceCollection services, LendingDatabaseOptions database, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(database);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<LendingOptions>();
        switch (database.Provider)
        {
            case LendingDatabaseProvider.PostgreSql:
                services.AddPooledDbContextFactory<PostgresLendingDbContext>(options => options.UseLendingPostgres(database.ConnectionString));
                services.AddSingleton<IDbContextFactory<LendingDbContext>, LendingDbContextFactory<PostgresLendingDbContext>>();
                break;
            default:
                var sqlite = ResolveSqlitePath(database.ConnectionString, contentRoot);
                services.AddPooledDbContextFactory<SqliteLendingDbContext>(options => options.UseLendingSqlite(sqlite));
                services.AddSingleton<IDbContextFactory<LendingDbContext>, LendingDbContextFactory<SqliteLendingDbContext>>();
                break;
        }

        services.TryAddSingleton<IPaymentProvider, OfflinePaymentProvider>();
        services.AddSingleton<LendingWrites>();
        services.AddSingleton<LendingMigrator>();
        services.AddSingleton<CampaignService>();
        services.AddSingleton<PledgeService>();
        services.AddSingleton<LoanService>();
        services.AddSingleton<RepaymentService>();
        services.AddSingleton<LenderBalanceService>();
        services.AddSingleton<CampaignClock>();
        services.AddSingleton<LedgerInvariantChecker>();
        services.AddSingleton<OutgoingMessages>();
        return services;
    }

    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (LendingDatabase.IsInMemory(builder) || Path.IsPathRooted(builder.DataSource)) return connectionString;
        builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        return builder.ConnectionString;
    }
}
