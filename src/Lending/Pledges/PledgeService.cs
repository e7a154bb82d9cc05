using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Money;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Pledges;

/// <summary>
/// Pledges, withdrawals and payment confirmations. The checks against the goal and the caps and the insert are one
/// transaction holding the campaign's lock, so a campaign is never funded beyond its goal, whatever the concurrency.
/// </summary>
public sealed class PledgeService(LendingWrites writes, TimeProvider time, IOptions<LendingOptions> options, IPaymentProvider payments)
{
    public async Task<PledgeReceipt> PledgeAsync(PledgeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = LendingTelemetry.StartPledge(request);
        PledgeRules.CheckRequest(request);
        var atOnce = await TryRecordAtOnceAsync(request, cancellationToken);
        var pledge = atOnce ?? await writes.RunAsync(async db =>
        {
            // The lender first (their cap, their balance), then the campaign: its lock is the hot one, held only for the goal check and the insert.
            long lenderLoans = 0;
            if (request.Kind == PledgeKind.Loan)
            {
                await db.LockLenderAsync(request.LenderUserId, cancellationToken);
                lenderLoans = await db.Pledges
                    .Where(p => p.CampaignId == request.CampaignId && p.LenderUserId == request.LenderUserId && p.Kind == PledgeKind.Loan
                        && (p.Status == PledgeStatus.Pending || p.Status == PledgeStatus.Collected))
                    .SumAsync(p => (long?)p.AmountCents, cancellationToken) ?? 0;
                if (request.Funding == PledgeFunding.Balance) await CheckBalanceAsync(db, request, cancellationToken);
            }

            var campaign = await CampaignLoading.LockAsync(db, request.CampaignId, cancellationToken);
            var now = time.GetUtcNow();
            PledgeRules.CheckAgainstCampaign(request, campaign, now, campaign.PledgedCents, lenderLoans, options.Value);
            campaign.PledgedCents += request.AmountCents;

            var pledge = NewPledge(request, now);
            if (request.Funding == PledgeFunding.Balance) await RelendAsync(db, pledge, now, cancellationToken);
            db.Pledges.Add(pledge);
            await MessageOutbox.AddAsync(db, Received(pledge), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            Plateforme.Data.Faults.FaultPoints.Reach("lending.pledge.before-commit");
            return pledge;
        }, cancellationToken);
        Plateforme.Data.Faults.FaultPoints.Reach("lending.pledge.after-commit");
        await NotifyCarrierAsync(pledge.CampaignId, cancellationToken);

        LendingTelemetry.RecordPledge(activity, pledge);
        if (pledge.Funding == PledgeFunding.Balance) return new PledgeReceipt(pledge, null);
        var instruction = await payments.PreparePledgeAsync(
            new PaymentRequest("prepare:" + pledge.Id.ToString("N"), pledge.CampaignId, pledge.Id, pledge.LenderUserId, pledge.AmountCents), cancellationToken);
        return new PledgeReceipt(pledge, instruction);
    }

    // PostgreSQL records a paid pledge and its confirmation message in one statement; a refusal falls through to the
    // checked path, which says why. The pledge is new, so its message's deduplication key is too.
    private async Task<Pledge?> TryRecordAtOnceAsync(PledgeRequest request, CancellationToken cancellationToken)
    {
        if (request.Funding != PledgeFunding.Payment) return null;
        var pledge = NewPledge(request, time.GetUtcNow());
        var recorded = await writes.ReadAsync(db => db.TryRecordPledgeAtOnceAsync(pledge, Received(pledge), options.Value, cancellationToken), cancellationToken);
        return recorded == true ? pledge : null;
    }

    /// <summary>
    /// The carrier's milestones, first pledge and goal reached, each once (its deduplication key), checked under the
    /// campaign's lock after the pledge is committed: the pledge path, which PostgreSQL runs as one statement, stays as
    /// it is. The pledge is already recorded, so a failure here is not the lender's: the notice is given up.
    /// </summary>
    private async Task NotifyCarrierAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        try
        {
            await writes.RunAsync(async db =>
            {
                var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
                var now = time.GetUtcNow();
                if (campaign.PledgedCents > 0)
                {
                    await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.FirstPledge, campaign.CarrierUserId, campaign.Id, $"first-pledge:{campaign.Id:N}", now), cancellationToken);
                }
                if (campaign.PledgedCents >= campaign.GoalCents)
                {
                    await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.GoalReached, campaign.CarrierUserId, campaign.Id, $"goal-reached:{campaign.Id:N}", now, amount: campaign.PledgedCents), cancellationToken);
                }
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another pledge recorded the same milestone at the same moment: its notice is already on its way.
        }
    }

    private static OutgoingMessage Received(Pledge pledge) =>
        MessageOutbox.ToUser(OutgoingMessageKind.PledgeReceived, pledge.LenderUserId, pledge.CampaignId, $"pledged:{pledge.Id:N}", pledge.CreatedAt, pledge.Id, pledge.AmountCents);

    private static Pledge NewPledge(PledgeRequest request, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CampaignId = request.CampaignId,
        LenderUserId = request.LenderUserId,
        Kind = request.Kind,
        Funding = request.Funding,
        AmountCents = request.AmountCents,
        Status = PledgeStatus.Pending,
        LenderName = request.LenderName?.Trim(),
        AddressLine = request.AddressLine?.Trim(),
        PostalCode = request.PostalCode?.Trim(),
        City = request.City?.Trim(),
        Anonymous = request.Anonymous,
        Message = string.IsNullOrWhiteSpace(request.Message) ? null : request.Message.Trim(),
        CreatedAt = now,
    };

    /// <summary>The lender takes their pledge back, until the end date; money already received is returned.</summary>
    public async Task<Pledge> WithdrawAsync(Guid pledgeId, string lenderId, CancellationToken cancellationToken = default)
    {
        var (pledge, refund) = await writes.RunAsync(async db =>
        {
            var campaignId = await CampaignOfAsync(db, pledgeId, cancellationToken);
            await db.LockLenderAsync(lenderId, cancellationToken);
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            var pledge = await db.Pledges.FirstAsync(p => p.Id == pledgeId, cancellationToken);
            if (!string.Equals(pledge.LenderUserId, lenderId, StringComparison.Ordinal))
            {
                throw LendingValidationException.For("LenderUserId", LendingMessages.WithdrawAuthorOnly);
            }

            var now = time.GetUtcNow();
            if (!pledge.IsActive) throw LendingValidationException.For("PledgeId", LendingMessages.PledgeNotActive);
            if (campaign.State != CampaignState.Published || campaign.ClosesAt is null || now >= campaign.ClosesAt)
            {
                throw LendingValidationException.For("PledgeId", LendingMessages.WithdrawUntilEndDate);
            }

            var refund = await PledgeSettlement.ReturnAsync(db, campaign, pledge, now, LendingMessages.ReasonWithdrawn, cancellationToken);
            pledge.Status = PledgeStatus.Withdrawn;
            await db.SaveChangesAsync(cancellationToken);
            return (pledge, refund);
        }, cancellationToken);
        if (refund is not null) await payments.RefundAsync(refund, cancellationToken);
        return pledge;
    }

    /// <summary>
    /// A moderator received the money of a pending pledge (transfer, cheque): it is collected. Confirming twice is
    /// harmless. Allowed while the campaign runs and during its collection window.
    /// </summary>
    public Task<Pledge> ConfirmPaymentAsync(Guid pledgeId, string moderatorId, PaymentMethod method, string? reference = null, CancellationToken cancellationToken = default) =>
        writes.RunAsync(async db =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(moderatorId);
            var campaignId = await CampaignOfAsync(db, pledgeId, cancellationToken);
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            var pledge = await db.Pledges.FirstAsync(p => p.Id == pledgeId, cancellationToken);
            if (pledge.Status == PledgeStatus.Collected) return pledge;
            if (pledge.Status != PledgeStatus.Pending || pledge.Funding != PledgeFunding.Payment)
            {
                throw LendingValidationException.For("PledgeId", LendingMessages.PaymentNotExpected);
            }

            if (campaign.State is not (CampaignState.Published or CampaignState.Funded))
            {
                throw LendingValidationException.For(CampaignLoading.StateField, LendingMessages.PaymentsClosed);
            }

            var now = time.GetUtcNow();
            await LedgerWriter.PostAsync(db, new LedgerPosting(
                "collect:" + pledge.Id.ToString("N"),
                pledge.Kind == PledgeKind.Loan ? LedgerCode.PledgeCollected : LedgerCode.DonationCollected,
                campaign.Id,
                [
                    new LedgerLine(LedgerAccounts.Cash, pledge.AmountCents, campaign.Id, pledge.Id),
                    new LedgerLine(LedgerAccounts.Campaign(campaign.Id), -pledge.AmountCents, campaign.Id, pledge.Id),
                ]), now, cancellationToken);
            pledge.Status = PledgeStatus.Collected;
            pledge.CollectedAt = now;
            pledge.CollectedBy = moderatorId;
            pledge.PaymentReference = reference is null ? method.ToString() : $"{method}: {reference}";
            await Receipts.DonationReceipts.IssueAsync(db, campaign, pledge, method, now, cancellationToken);
            await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.PaymentConfirmed, pledge.LenderUserId, campaign.Id,
                $"confirmed:{pledge.Id:N}", now, pledge.Id, pledge.AmountCents), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);

            if (campaign.State == CampaignState.Funded
                && !await db.Pledges.AnyAsync(p => p.CampaignId == campaign.Id && p.Status == PledgeStatus.Pending, cancellationToken))
            {
                await MessageOutbox.AddAsync(db, MessageOutbox.ToModerators(OutgoingMessageKind.ReadyToDisburse, campaign.Id, $"ready:{campaign.Id:N}", now), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            return pledge;
        }, cancellationToken);

    /// <summary>The public wall: active pledges, newest first, anonymous ones without a name.</summary>
    public Task<List<WallEntry>> GetWallAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var pledges = await db.Pledges.AsNoTracking()
                .Where(p => p.CampaignId == campaignId && (p.Status == PledgeStatus.Pending || p.Status == PledgeStatus.Collected))
                .ToListAsync(cancellationToken);
            return pledges.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
                .Select(p => new WallEntry(p.Anonymous ? null : p.LenderName, p.Kind, p.AmountCents, p.Message, p.CreatedAt))
                .ToList();
        }, cancellationToken);

    /// <summary>Every pledge of a campaign, for its carrier and moderators (names and addresses included).</summary>
    public Task<List<Pledge>> ListForCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var pledges = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == campaignId).ToListAsync(cancellationToken);
            return pledges.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToList();
        }, cancellationToken);

    public Task<List<Pledge>> ListForLenderAsync(string lenderId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var pledges = await db.Pledges.AsNoTracking().Where(p => p.LenderUserId == lenderId).ToListAsync(cancellationToken);
            return pledges.OrderByDescending(p => p.CreatedAt).ToList();
        }, cancellationToken);

    private static async Task<Guid> CampaignOfAsync(LendingDbContext db, Guid pledgeId, CancellationToken cancellationToken)
    {
        var ids = await db.Pledges.AsNoTracking().Where(p => p.Id == pledgeId).Select(p => p.CampaignId).ToListAsync(cancellationToken);
        return ids.Count == 1 ? ids[0] : throw new LendingNotFoundException(LendingMessages.PledgeNotFound);
    }

    // Under the lender's lock, taken by the caller: a balance is spent once.
    private static async Task CheckBalanceAsync(LendingDbContext db, PledgeRequest request, CancellationToken cancellationToken)
    {
        var balance = await LedgerBalances.LenderAsync(db, request.LenderUserId, cancellationToken);
        if (balance < request.AmountCents)
        {
            throw LendingValidationException.For(nameof(PledgeRequest.AmountCents), LendingMessageFormat.Format(LendingMessages.BalanceAvailable, Cents.Format(balance)));
        }
    }

    // Re-lent money is in the system already: it is collected at once.
    private static async Task RelendAsync(LendingDbContext db, Pledge pledge, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await LedgerWriter.PostAsync(db, new LedgerPosting("relend:" + pledge.Id.ToString("N"), LedgerCode.Relend, pledge.CampaignId,
        [
            new LedgerLine(LedgerAccounts.Lender(pledge.LenderUserId), pledge.AmountCents, pledge.CampaignId, pledge.Id, pledge.LenderUserId),
            new LedgerLine(LedgerAccounts.Campaign(pledge.CampaignId), -pledge.AmountCents, pledge.CampaignId, pledge.Id),
        ]), now, cancellationToken);
        pledge.Status = PledgeStatus.Collected;
        pledge.CollectedAt = now;
        pledge.CollectedBy = pledge.LenderUserId;
        pledge.PaymentReference = LendingMessages.PaymentReferenceBalance;
    }
}
