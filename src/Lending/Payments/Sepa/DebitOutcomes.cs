using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Payments.Sepa;

/// <summary>
/// What Stripe's verdict on a carrier's debit does: money received is recorded as a repayment through the existing
/// <see cref="RepaymentService"/> (schedule, ledger, lenders' shares to the cent, messages), keyed by the debit so a
/// repeated webhook changes nothing; a refused debit puts the instalment in the existing late procedure at once.
/// </summary>
public sealed partial class DebitOutcomes(RepaymentService repayments, LendingWrites writes, TimeProvider time, ILogger<DebitOutcomes> logger)
{
    public const string Actor = "payments:stripe";

    public async Task SucceededAsync(PaymentOperation debit, string paymentIntentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(debit);
        try
        {
            await repayments.RecordAsync(new RepaymentReceipt(debit.CampaignId, debit.AmountCents, ParisCalendar.Today(time),
                "sepa:" + debit.IdempotencyKey, Actor, paymentIntentId), cancellationToken);
        }
        catch (Exception refused) when (refused is LendingValidationException or IdempotencyConflictException)
        {
            // The instalment was settled by hand meanwhile: the money is Stripe's record only, reconciliation shows it.
            LogUnapplied(debit.CampaignId, debit.InstalmentNumber, refused.Message);
        }
    }

    /// <summary>The instalment is late from today: the carrier and the moderators are told once (the clock's own keys).</summary>
    public Task FailedAsync(PaymentOperation debit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(debit);
        if (debit.InstalmentNumber is not { } number) return Task.CompletedTask;
        return writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, debit.CampaignId, cancellationToken);
            var instalment = await db.Instalments.FirstOrDefaultAsync(i => i.CampaignId == debit.CampaignId && i.Number == number, cancellationToken);
            if (instalment is null || instalment.OutstandingCents == 0 || instalment.LateSince is not null) return 0;
            var now = time.GetUtcNow();
            instalment.LateSince = ParisCalendar.DayOf(now);
            await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.InstalmentLate, campaign.CarrierUserId, campaign.Id,
                $"late:{campaign.Id:N}:{number}", now, amount: instalment.OutstandingCents, instalment: number), cancellationToken);
            await MessageOutbox.AddAsync(db, MessageOutbox.ToModerators(OutgoingMessageKind.InstalmentLate, campaign.Id,
                $"late-moderators:{campaign.Id:N}:{number}", now, number), cancellationToken);
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A SEPA debit of campaign {CampaignId} (instalment {Number}) could not be applied: {Reason}")]
    private partial void LogUnapplied(Guid campaignId, int? number, string reason);
}
