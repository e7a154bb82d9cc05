using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Plateforme.Data.Cluster;
using Plateforme.Lending.Payments.Connect;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Payments.Reconciliation;
using Plateforme.Lending.Payments.Sepa;

namespace Plateforme.Lending.Payments.Stripe;

/// <summary>Chooses the payment provider from <c>Lending:Payments:Provider</c>; Stripe's services only when it is Stripe.</summary>
public static class StripePayments
{
    /// <summary>How often, in the multi-node mode, one node drains the received webhook events.</summary>
    private static readonly TimeSpan ClusteredEventDrainInterval = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddLendingPayments(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(PaymentsOptions.SectionName);
        services.AddOptions<PaymentsOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PaymentOperationStore>();
        var provider = section.GetValue(nameof(PaymentsOptions.Provider), PaymentProviderKind.Offline);
        if (provider != PaymentProviderKind.Stripe) return services;
        services.AddStripeProvider();
        services.AddOnceAcrossNodes(configuration,
            new OnceAcrossNodesJob("stripe-events", JobSchedule.Every(ClusteredEventDrainInterval),
                (p, cancellationToken) => p.GetRequiredService<PaymentEventDrain>().DrainOnceAsync(cancellationToken)),
            onOneMachine: one => one.AddHostedService(p => p.GetRequiredService<PaymentEventDrain>()));
        services.AddOnceAcrossNodes(configuration,
            new OnceAcrossNodesJob("stripe-scheduled-work", JobSchedule.Every(StripeScheduledWork.Tick),
                (p, cancellationToken) => p.GetRequiredService<StripeScheduledWork>().RunOnceAsync(cancellationToken)),
            onOneMachine: one => one.AddHostedService(p => p.GetRequiredService<StripeScheduledWork>()));
        return services;
    }

    /// <summary>Stripe as the provider (registered before the module's offline default), without the background drain.</summary>
    public static IServiceCollection AddStripeProvider(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<PaymentOperationStore>();
        services.TryAddSingleton<StripeGateway>();
        services.TryAddSingleton<StripePaymentProvider>();
        services.TryAddSingleton<IPaymentProvider>(p => p.GetRequiredService<StripePaymentProvider>());
        services.TryAddSingleton<StripeCustomers>();
        services.TryAddSingleton<CarrierAccounts>();
        services.TryAddSingleton<PayoutOutboxDrain>();
        services.TryAddSingleton<RepaymentMandates>();
        services.TryAddSingleton<RepaymentDebits>();
        services.TryAddSingleton<DebitOutcomes>();
        services.TryAddSingleton<OnSessionPayments>();
        services.TryAddSingleton<StripeReconciliation>();
        services.TryAddSingleton<StripeScheduledWork>();
        services.TryAddSingleton<PaymentEventInbox>();
        services.TryAddSingleton<StripeEventProcessor>();
        services.TryAddSingleton<PaymentEventDrain>();
        return services;
    }
}
