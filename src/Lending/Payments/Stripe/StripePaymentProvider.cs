using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments.Connect;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Stripe;
using Stripe.Checkout;

namespace Plateforme.Lending.Payments.Stripe;

/// <summary>
/// Stripe behind the payment interface. Cards and IBANs are entered on Stripe's hosted Checkout page only. Every write
/// is first recorded (<see cref="PaymentOperationStore"/>) with an idempotency key derived from our ids, then sent with
/// that key; outcomes that Stripe confirms later arrive by webhook (<see cref="StripeEventProcessor"/>).
/// </summary>
public sealed partial class StripePaymentProvider(
    StripeGateway gateway, PaymentOperationStore operations, CarrierAccounts accounts, StripeCustomers customers, LendingWrites writes, IOptions<PaymentsOptions> options, ILogger<StripePaymentProvider> logger)
    : IPaymentProvider
{
    public const string Currency = "eur";

    public string Name => "stripe";

    private StripeOptions Settings => options.Value.Stripe;

    /// <summary>A loan saves the lender's card or SEPA mandate (mode=setup); a donation is charged at once (mode=payment).</summary>
    public async Task<PaymentInstruction> PreparePledgeAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (pledge, campaign) = await LoadAsync(request.PledgeId!.Value, cancellationToken);
        var kind = pledge.Kind == PledgeKind.Loan ? PaymentOperationKind.PledgeSetup : PaymentOperationKind.DonationCheckout;
        var operation = await operations.BeginAsync(request.IdempotencyKey, kind, request, cancellationToken);
        if (operation.RedirectUrl is not null) return new PaymentInstruction(PaymentOutcome.Pending, operation.ProviderObjectId!, null, new Uri(operation.RedirectUrl));
        try
        {
            var customer = await customers.EnsureAsync(request.UserId, cancellationToken);
            var metadata = Metadata(pledge);
            var session = new SessionCreateOptions
            {
                Mode = kind == PaymentOperationKind.PledgeSetup ? "setup" : "payment",
                Customer = customer,
                Currency = Currency,
                ClientReferenceId = pledge.Id.ToString("N"),
                SuccessUrl = ReturnUrl(campaign.Id, "retour"),
                CancelUrl = ReturnUrl(campaign.Id, "annule"),
                Metadata = metadata,
            };
            if (kind == PaymentOperationKind.PledgeSetup)
            {
                session.SetupIntentData = new SessionSetupIntentDataOptions { Metadata = metadata };
            }
            else
            {
                session.PaymentIntentData = new SessionPaymentIntentDataOptions { TransferGroup = TransferGroup(campaign.Id), Metadata = metadata };
                session.LineItems =
                [
                    new SessionLineItemOptions
                    {
                        Quantity = 1,
                        PriceData = new SessionLineItemPriceDataOptions
                        {
                            Currency = Currency, UnitAmount = pledge.AmountCents, ProductData = new SessionLineItemPriceDataProductDataOptions { Name = campaign.Title },
                        },
                    },
                ];
            }

            var created = await new SessionService(gateway.Client).CreateAsync(session, StripeGateway.Keyed(operation.IdempotencyKey), cancellationToken);
            await operations.UpdateAsync(operation.Id, o =>
            {
                o.Status = PaymentOperationStatus.Pending;
                o.ProviderObjectId = created.Id;
                o.RedirectUrl = created.Url;
                o.CustomerId = customer;
            }, cancellationToken);
            return new PaymentInstruction(PaymentOutcome.Pending, created.Id, null, new Uri(created.Url));
        }
        catch (StripeException refused)
        {
            return await FailedAsync(operation, refused, cancellationToken);
        }
    }

    /// <summary>At success: one off-session charge of the saved payment method, confirmed at once, grouped by campaign.</summary>
    public async Task<PaymentInstruction> RequestCollectionAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var setup = request.PledgeId is { } pledgeId ? await operations.FindForPledgeAsync(pledgeId, PaymentOperationKind.PledgeSetup, cancellationToken) : null;
        if (setup?.PaymentMethodId is null || setup.CustomerId is null)
        {
            // No saved payment method (the lender never finished Checkout): the reminder e-mails of the collection window apply.
            return new PaymentInstruction(PaymentOutcome.ManualActionRequired, request.IdempotencyKey, LendingMessages.OfflineCollectionInstructions);
        }

        var operation = await operations.BeginAsync(request.IdempotencyKey, PaymentOperationKind.Collection, request, cancellationToken);
        if (operation.Status is PaymentOperationStatus.Succeeded or PaymentOperationStatus.Pending) return Answer(operation);
        try
        {
            var intent = await new PaymentIntentService(gateway.Client).CreateAsync(new PaymentIntentCreateOptions
            {
                Amount = request.AmountCents,
                Currency = Currency,
                Customer = setup.CustomerId,
                PaymentMethod = setup.PaymentMethodId,
                OffSession = true,
                Confirm = true,
                TransferGroup = TransferGroup(request.CampaignId),
                Metadata = new Dictionary<string, string> { ["pledge_id"] = request.PledgeId!.Value.ToString("N"), ["campaign_id"] = request.CampaignId.ToString("N") },
            }, StripeGateway.Keyed(operation.IdempotencyKey), cancellationToken);
            var updated = await operations.UpdateAsync(operation.Id, o =>
            {
                o.ProviderObjectId = intent.Id;
                o.PaymentIntentId = intent.Id;
                o.Status = StatusOf(intent.Status);
            }, cancellationToken);
            return Answer(updated);
        }
        catch (StripeException refused)
        {
            return await FailedAsync(operation, refused, cancellationToken);
        }
    }

    /// <summary>Returns a charge made through Stripe; money received otherwise is returned by hand, as offline.</summary>
    public async Task<PaymentInstruction> RefundAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var paid = request.PledgeId is { } pledgeId ? await PaidOperationAsync(pledgeId, cancellationToken) : null;
        if (paid?.PaymentIntentId is null) return new PaymentInstruction(PaymentOutcome.ManualActionRequired, request.IdempotencyKey, LendingMessages.OfflineRefundInstructions);
        var operation = await operations.BeginAsync(request.IdempotencyKey, PaymentOperationKind.Refund, request, cancellationToken);
        if (operation.Status is PaymentOperationStatus.Succeeded or PaymentOperationStatus.Pending) return Answer(operation);
        try
        {
            var refund = await new RefundService(gateway.Client).CreateAsync(new RefundCreateOptions
            {
                PaymentIntent = paid.PaymentIntentId,
                Amount = request.AmountCents,
                Metadata = new Dictionary<string, string> { ["pledge_id"] = request.PledgeId!.Value.ToString("N") },
            }, StripeGateway.Keyed(operation.IdempotencyKey), cancellationToken);
            return Answer(await operations.UpdateAsync(operation.Id, o =>
            {
                o.ProviderObjectId = refund.Id;
                o.Status = refund.Status == "succeeded" ? PaymentOperationStatus.Succeeded : refund.Status == "failed" ? PaymentOperationStatus.Failed : PaymentOperationStatus.Pending;
            }, cancellationToken));
        }
        catch (StripeException refused)
        {
            return await FailedAsync(operation, refused, cancellationToken);
        }
    }

    /// <summary>
    /// A campaign's money to its carrier's connected account (separate charges and transfers, grouped by campaign). The
    /// operation row was written with the disbursement (<see cref="PayoutOutbox"/>); while the account cannot receive,
    /// or the platform's balance is not yet available, it waits with the reason and the outbox sends it later.
    /// A lender's withdrawal stays a transfer a moderator makes by hand.
    /// </summary>
    public async Task<PaymentInstruction> PayOutAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.CampaignId == Guid.Empty || !Settings.ConnectEnabled)
        {
            return new PaymentInstruction(PaymentOutcome.ManualActionRequired, request.IdempotencyKey, LendingMessages.OfflinePayOutInstructions);
        }

        var operation = await operations.BeginAsync(request.IdempotencyKey, PaymentOperationKind.Transfer, request, cancellationToken);
        if (operation.Status is PaymentOperationStatus.Succeeded or PaymentOperationStatus.Failed) return Answer(operation);
        var state = await accounts.StateAsync(request.UserId, cancellationToken);
        var account = await operations.FindAccountAsync(request.UserId, cancellationToken);
        if (state != CarrierAccountState.Ready || account is null)
        {
            return Answer(await operations.UpdateAsync(operation.Id, o =>
            {
                o.Status = PaymentOperationStatus.RequiresAction;
                o.FailureCode = AccountNotReadyCode(state);
            }, cancellationToken));
        }

        try
        {
            var transfer = await new TransferService(gateway.Client).CreateAsync(new TransferCreateOptions
            {
                Amount = request.AmountCents,
                Currency = Currency,
                Destination = account.AccountId,
                TransferGroup = TransferGroup(request.CampaignId),
                Metadata = new Dictionary<string, string> { ["campaign_id"] = request.CampaignId.ToString("N") },
            }, StripeGateway.Keyed(operation.IdempotencyKey), cancellationToken);
            return Answer(await operations.UpdateAsync(operation.Id, o =>
            {
                o.ProviderObjectId = transfer.Id;
                o.FailureCode = null;
                o.Status = PaymentOperationStatus.Succeeded;
            }, cancellationToken));
        }
        catch (StripeException refused) when (refused.StripeError?.Code is "balance_insufficient" || (int)refused.HttpStatusCode >= 500)
        {
            // Charges not yet available on the platform's balance, or Stripe down: the outbox tries again with the same key.
            LogRefused(operation.Kind, operation.IdempotencyKey, refused.StripeError?.Code ?? refused.HttpStatusCode.ToString());
            return Answer(await operations.UpdateAsync(operation.Id, o =>
            {
                o.Status = PaymentOperationStatus.RequiresAction;
                o.FailureCode = refused.StripeError?.Code ?? "api_error";
            }, cancellationToken));
        }
        catch (StripeException refused)
        {
            return await FailedAsync(operation, refused, cancellationToken);
        }
    }

    /// <summary>A transfer waits for the carrier's account: the code says which step is missing.</summary>
    public static string AccountNotReadyCode(CarrierAccountState state) => state switch
    {
        CarrierAccountState.NotStarted => "account_not_started",
        CarrierAccountState.ToComplete => "account_to_complete",
        CarrierAccountState.InReview => "account_in_review",
        _ => "account_unknown",
    };

    /// <summary>Transfers leave from the outbox (written with the ledger) when Connect pays the carriers.</summary>
    public bool PayOutFromOutbox => Settings.ConnectEnabled;

    public static string TransferGroup(Guid campaignId) => "campaign-" + campaignId.ToString("N");

    private async Task<PaymentOperation?> PaidOperationAsync(Guid pledgeId, CancellationToken cancellationToken) =>
        await operations.FindForPledgeAsync(pledgeId, PaymentOperationKind.Collection, cancellationToken) is { Status: PaymentOperationStatus.Succeeded } collection
            ? collection
            : await operations.FindForPledgeAsync(pledgeId, PaymentOperationKind.DonationCheckout, cancellationToken) is { Status: PaymentOperationStatus.Succeeded } donation
                ? donation
                : await operations.FindForPledgeAsync(pledgeId, PaymentOperationKind.OnSessionPayment, cancellationToken) is { Status: PaymentOperationStatus.Succeeded } onSession
                    ? onSession
                    : null;

    private Task<(Pledge Pledge, Campaign Campaign)> LoadAsync(Guid pledgeId, CancellationToken cancellationToken) =>
        writes.ReadAsync(async db =>
        {
            var pledge = await db.Pledges.AsNoTracking().FirstAsync(p => p.Id == pledgeId, cancellationToken);
            var campaign = await db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == pledge.CampaignId, cancellationToken);
            return (pledge, campaign);
        }, cancellationToken);

    private async Task<PaymentInstruction> FailedAsync(PaymentOperation operation, StripeException refused, CancellationToken cancellationToken)
    {
        var code = refused.StripeError?.Code ?? refused.HttpStatusCode.ToString();
        LogRefused(operation.Kind, operation.IdempotencyKey, code);
        var updated = await operations.UpdateAsync(operation.Id, o =>
        {
            o.FailureCode = code;
            o.PaymentIntentId ??= refused.StripeError?.PaymentIntent?.Id;
            o.Status = code == "authentication_required" ? PaymentOperationStatus.RequiresAction : PaymentOperationStatus.Failed;
        }, cancellationToken);
        return Answer(updated);
    }

    private static PaymentInstruction Answer(PaymentOperation operation) => new(
        operation.Status switch
        {
            PaymentOperationStatus.Succeeded => PaymentOutcome.Succeeded,
            PaymentOperationStatus.RequiresAction when operation.Kind == PaymentOperationKind.Transfer => PaymentOutcome.Pending,
            PaymentOperationStatus.Failed or PaymentOperationStatus.RequiresAction => PaymentOutcome.Failed,
            _ => PaymentOutcome.Pending,
        },
        operation.ProviderObjectId ?? operation.IdempotencyKey,
        null,
        operation.RedirectUrl is null ? null : new Uri(operation.RedirectUrl),
        operation.FailureCode);

    private static PaymentOperationStatus StatusOf(string status) => status switch
    {
        "succeeded" => PaymentOperationStatus.Succeeded,
        "requires_action" or "requires_payment_method" => PaymentOperationStatus.RequiresAction,
        "canceled" => PaymentOperationStatus.Failed,
        _ => PaymentOperationStatus.Pending,
    };

    private static Dictionary<string, string> Metadata(Pledge pledge) => new()
    {
        ["pledge_id"] = pledge.Id.ToString("N"),
        ["campaign_id"] = pledge.CampaignId.ToString("N"),
    };

    internal string ReturnUrl(Guid campaignId, string state) =>
        Settings.ReturnBaseAddress.TrimEnd('/') + "/prets/" + campaignId + "?paiement=" + state;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe refused the {Kind} operation {Key}: {Code}")]
    private partial void LogRefused(PaymentOperationKind kind, string key, string code);
}
