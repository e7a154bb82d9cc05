using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Payments.Stripe;
using Plateforme.Lending.Store;
using Stripe;

namespace Plateforme.Lending.Payments.Sepa;

/// <summary>
/// On each due date, one off-session SEPA debit of the carrier's signed mandate for what the instalment still owes.
/// The operation (key <c>debit:&lt;campaign&gt;:&lt;instalment&gt;</c>) is stored before the call; the debit stays pending
/// until Stripe's webhook says it succeeded (then the repayment is recorded and shared among lenders) or failed (then
/// the instalment enters the late procedure), see <see cref="DebitOutcomes"/>.
/// </summary>
public sealed partial class RepaymentDebits(
    StripeGateway gateway, PaymentOperationStore operations, RepaymentMandates mandates, DebitOutcomes outcomes, LendingWrites writes, TimeProvider time,
    ILogger<RepaymentDebits> logger)
{
    public static string DebitKey(Guid campaignId, int instalmentNumber) => $"debit:{campaignId:N}:{instalmentNumber}";

    /// <summary>One pass over the repaying campaigns; returns how many debits were asked.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = ParisCalendar.Today(time);
        var due = await writes.ReadAsync(db => db.Instalments.AsNoTracking()
            .Join(db.Campaigns.AsNoTracking().Where(c => c.State == CampaignState.Disbursed || c.State == CampaignState.Repaying),
                i => i.CampaignId, c => c.Id, (i, c) => new { i.CampaignId, i.Number, i.DueDate, i.AmountCents, i.PaidCents, c.CarrierUserId })
            .Where(i => i.DueDate <= today && i.PaidCents < i.AmountCents)
            .ToListAsync(cancellationToken), cancellationToken);
        var asked = 0;
        foreach (var instalment in due.OrderBy(i => i.CampaignId).ThenBy(i => i.Number))
        {
            var mandate = await mandates.SignedAsync(instalment.CampaignId, cancellationToken);
            if (mandate is null) continue;
            var key = DebitKey(instalment.CampaignId, instalment.Number);
            var existing = (await operations.ListForCampaignAsync(instalment.CampaignId, cancellationToken)).FirstOrDefault(o => o.IdempotencyKey == key);
            if (existing is not null && existing.Status != PaymentOperationStatus.Started) continue;
            await DebitAsync(new PaymentRequest(key, instalment.CampaignId, null, instalment.CarrierUserId, instalment.AmountCents - instalment.PaidCents),
                instalment.Number, mandate, cancellationToken);
            asked++;
        }

        return asked;
    }

    private async Task DebitAsync(PaymentRequest request, int instalmentNumber, PaymentOperation mandate, CancellationToken cancellationToken)
    {
        // Stored first: a crash or a dropped answer sends the same key again, and Stripe answers with the same debit.
        var operation = await operations.BeginAsync(request.IdempotencyKey, PaymentOperationKind.RepaymentDebit, request, instalmentNumber, cancellationToken);
        try
        {
            var intent = await new PaymentIntentService(gateway.Client).CreateAsync(new PaymentIntentCreateOptions
            {
                Amount = operation.AmountCents,
                Currency = StripePaymentProvider.Currency,
                Customer = mandate.CustomerId,
                PaymentMethod = mandate.PaymentMethodId,
                AllowedPaymentMethodTypes = ["sepa_debit"],
                OffSession = true,
                Confirm = true,
                Metadata = new Dictionary<string, string>
                {
                    ["campaign_id"] = request.CampaignId.ToString("N"),
                    ["instalment"] = instalmentNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
            }, StripeGateway.Keyed(operation.IdempotencyKey), cancellationToken);
            await operations.UpdateAsync(operation.Id, o =>
            {
                o.ProviderObjectId = intent.Id;
                o.PaymentIntentId = intent.Id;
                o.CustomerId = mandate.CustomerId;
                o.PaymentMethodId = mandate.PaymentMethodId;
                // A SEPA debit is "processing" for days: the webhook decides, never this answer.
                o.Status = PaymentOperationStatus.Pending;
            }, cancellationToken);
        }
        catch (StripeException refused) when ((int)refused.HttpStatusCode < 500 && refused.HttpStatusCode != System.Net.HttpStatusCode.TooManyRequests)
        {
            LogRefused(request.CampaignId, instalmentNumber, refused.StripeError?.Code ?? refused.HttpStatusCode.ToString());
            var failed = await operations.UpdateAsync(operation.Id, o =>
            {
                o.PaymentIntentId ??= refused.StripeError?.PaymentIntent?.Id;
                o.FailureCode = refused.StripeError?.Code ?? "api_error";
                o.Status = PaymentOperationStatus.Failed;
            }, cancellationToken);
            await outcomes.FailedAsync(failed, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe refused the debit of instalment {Number} of campaign {CampaignId}: {Code}")]
    private partial void LogRefused(Guid campaignId, int number, string code);
}
