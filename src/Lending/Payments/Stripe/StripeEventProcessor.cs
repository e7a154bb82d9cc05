using Microsoft.Extensions.Logging;
using Plateforme.Lending.Payments.Connect;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Payments.Sepa;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Validation;
using Stripe;
using Stripe.Checkout;

namespace Plateforme.Lending.Payments.Stripe;

/// <summary>
/// Applies one stored webhook event. The event only says which object changed: the object is read again from Stripe
/// and its current state applied, so events arriving late, twice or out of order lead to the same result. Money
/// received is recorded through <see cref="PledgeService.ConfirmPaymentAsync"/>, which is idempotent and issues the
/// donation's tax receipt in the same transaction.
/// </summary>
public sealed partial class StripeEventProcessor(
    StripeGateway gateway, PaymentOperationStore operations, PledgeService pledges, DebitOutcomes debits, PayoutOutboxDrain payouts,
    ILogger<StripeEventProcessor> logger)
{
    /// <summary>Who confirms a payment Stripe received, in the pledge's record.</summary>
    public const string Actor = "payments:stripe";

    public async Task ProcessAsync(PaymentEvent paymentEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paymentEvent);
        if (paymentEvent.ObjectId is null) return;
        if (paymentEvent.Type.StartsWith("checkout.session.", StringComparison.Ordinal))
        {
            await SessionChangedAsync(paymentEvent.ObjectId, cancellationToken);
        }
        else if (paymentEvent.Type.StartsWith("payment_intent.", StringComparison.Ordinal))
        {
            await IntentChangedAsync(paymentEvent.ObjectId, cancellationToken);
        }
        else if (paymentEvent.Type == "account.updated")
        {
            await AccountChangedAsync(paymentEvent.ObjectId, cancellationToken);
        }
    }

    private async Task SessionChangedAsync(string sessionId, CancellationToken cancellationToken)
    {
        var operation = await operations.FindByObjectAsync(sessionId, cancellationToken);
        if (operation is null) return;
        var session = await new SessionService(gateway.Client).GetAsync(sessionId, cancellationToken: cancellationToken);
        if (session.Mode == "setup" && session.Status == "complete" && session.SetupIntentId is not null)
        {
            var setup = await new SetupIntentService(gateway.Client).GetAsync(session.SetupIntentId, cancellationToken: cancellationToken);
            if (setup.Status != "succeeded") return;
            await operations.UpdateAsync(operation.Id, o =>
            {
                o.Status = PaymentOperationStatus.Succeeded;
                o.PaymentMethodId = setup.PaymentMethodId;
                o.CustomerId ??= session.CustomerId;
            }, cancellationToken);
        }
        else if (session.Mode == "payment" && session.PaymentStatus == "paid")
        {
            await operations.UpdateAsync(operation.Id, o =>
            {
                o.Status = PaymentOperationStatus.Succeeded;
                o.PaymentIntentId = session.PaymentIntentId;
            }, cancellationToken);
            await ConfirmAsync(operation.PledgeId, PaymentMethod.Card, session.PaymentIntentId ?? session.Id, cancellationToken);
        }
        else if (session.Status == "expired")
        {
            await operations.UpdateAsync(operation.Id, o => o.Status = PaymentOperationStatus.Failed, cancellationToken);
        }
    }

    private async Task IntentChangedAsync(string intentId, CancellationToken cancellationToken)
    {
        var operation = await operations.FindByObjectAsync(intentId, cancellationToken);
        if (operation is null) return;
        var intent = await new PaymentIntentService(gateway.Client).GetAsync(intentId, cancellationToken: cancellationToken);
        var method = intent.PaymentMethodTypes?.Contains("sepa_debit") == true && intent.PaymentMethodTypes.Count == 1 ? PaymentMethod.DirectDebit : PaymentMethod.Card;
        switch (intent.Status)
        {
            case "succeeded":
                await operations.UpdateAsync(operation.Id, o =>
                {
                    o.Status = PaymentOperationStatus.Succeeded;
                    o.PaymentIntentId = intent.Id;
                    o.FailureCode = null;
                }, cancellationToken);
                if (operation.Kind is PaymentOperationKind.Collection or PaymentOperationKind.DonationCheckout or PaymentOperationKind.OnSessionPayment)
                {
                    await ConfirmAsync(operation.PledgeId, method, intent.Id, cancellationToken);
                }
                else if (operation.Kind == PaymentOperationKind.RepaymentDebit)
                {
                    await debits.SucceededAsync(operation, intent.Id, cancellationToken);
                }

                break;
            case "requires_payment_method" or "requires_action" or "canceled":
                var failed = await operations.UpdateAsync(operation.Id, o =>
                {
                    o.Status = intent.Status == "requires_action" ? PaymentOperationStatus.RequiresAction : PaymentOperationStatus.Failed;
                    o.FailureCode = intent.LastPaymentError?.Code ?? o.FailureCode;
                }, cancellationToken);
                if (operation.Kind == PaymentOperationKind.RepaymentDebit) await debits.FailedAsync(failed, cancellationToken);
                break;
            default:
                await operations.UpdateAsync(operation.Id, o => o.Status = PaymentOperationStatus.Pending, cancellationToken);
                break;
        }
    }

    private async Task AccountChangedAsync(string accountId, CancellationToken cancellationToken)
    {
        var known = await operations.FindAccountByIdAsync(accountId, cancellationToken);
        if (known is null) return;
        var account = await new AccountService(gateway.Client).GetAsync(accountId, cancellationToken: cancellationToken);
        var ready = CarrierAccounts.StateOf(account) == CarrierAccountState.Ready;
        await operations.MarkAccountAsync(known.CarrierUserId, ready, cancellationToken);
        if (ready) await payouts.SendWaitingForAsync(known.CarrierUserId, cancellationToken);
    }

    private async Task ConfirmAsync(Guid? pledgeId, PaymentMethod method, string reference, CancellationToken cancellationToken)
    {
        if (pledgeId is null) return;
        try
        {
            await pledges.ConfirmPaymentAsync(pledgeId.Value, Actor, method, reference, cancellationToken);
        }
        catch (LendingValidationException refused)
        {
            // Money arrived for a pledge that can no longer take it (withdrawn, campaign closed): moderators see it in reconciliation.
            LogUnexpectedPayment(pledgeId.Value, refused.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe received money for pledge {PledgeId}, which refused it: {Reason}")]
    private partial void LogUnexpectedPayment(Guid pledgeId, string reason);
}
