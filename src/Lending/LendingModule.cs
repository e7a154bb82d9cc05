using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Plateforme.Data;
using Plateforme.Data.Health;
using Plateforme.Lending.Balances;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Clock;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Personal;
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
        var database = builder.Services.AddDatabaseOptions(builder.Configuration);
        Payments.Stripe.StripePayments.AddLendingPayments(builder.Services, builder.Configuration);
        builder.Services.AddLendingServices(database, builder.Environment.ContentRootPath);
        builder.Services.AddMigrationAtStart<LendingDbContext>();
        builder.Services.AddHealthChecks().AddDatabaseCheck<LendingDbContext>("lending");
        return builder;
    }

    /// <summary>The same registrations without a host (tests, benchmarks, tools); options come from the caller.</summary>
    public static IServiceCollection AddLendingServices(this IServiceCollection services, DatabaseOptions database, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(database);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<LendingOptions>();
        services.AddModuleStore(LendingDbContext.Store, database, contentRoot);

        services.TryAddSingleton<IPaymentProvider, OfflinePaymentProvider>();
        services.AddSingleton<LendingWrites>();
        services.AddSingleton<CampaignService>();
        services.AddSingleton<Accompaniments.AccompanimentService>();
        services.AddSingleton<PledgeService>();
        services.AddSingleton<LoanService>();
        services.AddSingleton<RepaymentService>();
        services.AddSingleton<LenderBalanceService>();
        services.AddSingleton<CampaignClock>();
        services.AddSingleton<LedgerInvariantChecker>();
        services.AddSingleton<OutgoingMessages>();
        services.AddSingleton<LendingPersonalData>();
        services.AddSingleton<LendingRetentionPurge>();
        services.AddSingleton<Receipts.ReceiptService>();
        return services;
    }
}
