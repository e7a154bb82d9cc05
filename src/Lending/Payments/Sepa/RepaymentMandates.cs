using Microsoft.Extensions.Options;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Payments.Stripe;
using Stripe.Checkout;

namespace Plateforme.Lending.Payments.Sepa;

/// <summary>
/// The carrier signs a SEPA Direct Debit mandate on Stripe's hosted page (Checkout, mode=setup, sepa_debit only): the
/// IBAN never touches our pages. Once Stripe confirms it (webhook), each due instalment is debited by <see cref="RepaymentDebits"/>.
/// </summary>
public sealed class RepaymentMandates(StripeGateway gateway, PaymentOperationStore operations, StripeCustomers customers, TimeProvider time, IOptions<PaymentsOptions> options)
{
    /// <summary>A Checkout session Stripe keeps open for 24 hours; we reuse ours for a little less.</summary>
    private static readonly TimeSpan SessionReuse = TimeSpan.FromHours(23);

    public async Task<MandateState> StateAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(campaignId, cancellationToken);
        if (await SignedAsync(campaignId, cancellationToken) is not null) return MandateState.Signed;
        return latest is { Status: PaymentOperationStatus.Pending } && time.GetUtcNow() - latest.CreatedAt < SessionReuse ? MandateState.Pending : MandateState.NotSigned;
    }

    /// <summary>The signed mandate's operation (customer and payment method), the newest one when signed again.</summary>
    public async Task<PaymentOperation?> SignedAsync(Guid campaignId, CancellationToken cancellationToken) =>
        (await operations.ListForCampaignAsync(campaignId, cancellationToken))
            .Where(o => o.Kind == PaymentOperationKind.MandateSetup && o.Status == PaymentOperationStatus.Succeeded && o.PaymentMethodId is not null)
            .OrderByDescending(o => o.UpdatedAt).FirstOrDefault();

    /// <summary>The hosted page where the carrier signs; a session still open is given again rather than a second one.</summary>
    public async Task<Uri> StartAsync(Guid campaignId, string carrierUserId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrierUserId);
        var latest = await LatestAsync(campaignId, cancellationToken);
        if (latest is { Status: PaymentOperationStatus.Pending, RedirectUrl: { } open } && time.GetUtcNow() - latest.CreatedAt < SessionReuse) return new Uri(open);
        var attempt = (await operations.ListForCampaignAsync(campaignId, cancellationToken)).Count(o => o.Kind == PaymentOperationKind.MandateSetup) + 1;
        var key = $"mandate:{campaignId:N}:{attempt}";
        var operation = await operations.BeginAsync(key, PaymentOperationKind.MandateSetup, new PaymentRequest(key, campaignId, null, carrierUserId, 0), cancellationToken);
        if (operation.RedirectUrl is not null) return new Uri(operation.RedirectUrl);
        var customer = await customers.EnsureAsync(carrierUserId, cancellationToken);
        var dashboard = options.Value.Stripe.ReturnBaseAddress.TrimEnd('/') + "/prets/mes-campagnes/" + campaignId;
        var metadata = new Dictionary<string, string> { ["campaign_id"] = campaignId.ToString("N"), ["purpose"] = "repayment_mandate" };
        var session = await new SessionService(gateway.Client).CreateAsync(new SessionCreateOptions
        {
            Mode = "setup",
            Currency = StripePaymentProvider.Currency,
            Customer = customer,
            AllowedPaymentMethodTypes = ["sepa_debit"],
            ClientReferenceId = campaignId.ToString("N"),
            SuccessUrl = dashboard + "?mandat=retour",
            CancelUrl = dashboard + "?mandat=annule",
            Metadata = metadata,
            SetupIntentData = new SessionSetupIntentDataOptions { Metadata = metadata },
        }, StripeGateway.Keyed(key), cancellationToken);
        await operations.UpdateAsync(operation.Id, o =>
        {
            o.Status = PaymentOperationStatus.Pending;
            o.ProviderObjectId = session.Id;
            o.RedirectUrl = session.Url;
            o.CustomerId = customer;
        }, cancellationToken);
        return new Uri(session.Url);
    }

    private async Task<PaymentOperation?> LatestAsync(Guid campaignId, CancellationToken cancellationToken) =>
        (await operations.ListForCampaignAsync(campaignId, cancellationToken))
            .Where(o => o.Kind == PaymentOperationKind.MandateSetup).OrderByDescending(o => o.CreatedAt).FirstOrDefault();
}
