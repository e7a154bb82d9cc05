using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Campaigns;

/// <summary>
/// A campaign's life from draft to disbursement. Callers (pages) check roles: methods named for moderators trust
/// that the actor is one; carrier methods check that the actor is the carrier. Refusals are
/// <see cref="LendingValidationException"/> (French, by field) or <see cref="LendingNotFoundException"/>.
/// </summary>
public sealed class CampaignService(LendingWrites writes, TimeProvider time, IOptions<LendingOptions> options, IPaymentProvider payments)
{
    private LendingOptions Settings => options.Value;

    public async Task<Campaign> CreateDraftAsync(CampaignDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var story = StorySanitizer.Sanitize(draft.Story ?? "");
        CampaignValidator.Validate(draft, story, Settings, ParisCalendar.Today(time)).ThrowIfAny();
        var now = time.GetUtcNow();
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(now),
            CarrierUserId = draft.CarrierUserId,
            Title = draft.Title.Trim(),
            StoryHtml = story,
            Category = draft.Category.Trim(),
            Territory = draft.Territory,
            CreatedAt = now,
        };
        Apply(campaign, draft, story);
        return await writes.RunAsync(async db =>
        {
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync(cancellationToken);
            return campaign;
        }, cancellationToken);
    }

    /// <summary>The carrier edits a draft (or a campaign sent back to draft by a moderator).</summary>
    public Task<Campaign> UpdateDraftAsync(Guid campaignId, CampaignDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var story = StorySanitizer.Sanitize(draft.Story ?? "");
        CampaignValidator.Validate(draft, story, Settings, ParisCalendar.Today(time)).ThrowIfAny();
        return writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            CampaignLoading.EnsureCarrier(campaign, draft.CarrierUserId);
            if (campaign.State != CampaignState.Draft) throw LendingValidationException.For(CampaignLoading.StateField, LendingMessages.DraftOnlyEditable);
            campaign.Title = draft.Title.Trim();
            campaign.Category = draft.Category.Trim();
            campaign.Territory = draft.Territory;
            Apply(campaign, draft, story);
            await db.SaveChangesAsync(cancellationToken);
            return campaign;
        }, cancellationToken);
    }

    /// <summary>The carrier sends the draft for review; they get an e-mail saying so (each submission has its own).</summary>
    public Task<Campaign> SubmitAsync(Guid campaignId, string carrierId, CancellationToken cancellationToken = default) =>
        ChangeAsync(campaignId, CampaignState.Submitted, carrierId, LendingMessages.ReasonSubmitted, campaign => CampaignLoading.EnsureCarrier(campaign, carrierId), cancellationToken,
            (campaign, now) => MessageOutbox.ToUser(OutgoingMessageKind.CampaignSubmitted, campaign.CarrierUserId, campaign.Id, $"submitted:{campaign.Id:N}:{now.UtcTicks}", now));

    /// <summary>A moderator sends the campaign back for changes.</summary>
    public Task<Campaign> ReturnToDraftAsync(Guid campaignId, string moderatorId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(campaignId, CampaignState.Draft, moderatorId, reason, null, cancellationToken);

    public Task<Campaign> RejectAsync(Guid campaignId, string moderatorId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(campaignId, CampaignState.Rejected, moderatorId, reason, null, cancellationToken);

    /// <summary>A moderator approves: the campaign goes online until the end of its end date (Paris); the carrier is told.</summary>
    public Task<Campaign> PublishAsync(Guid campaignId, string moderatorId, CancellationToken cancellationToken = default) =>
        writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            CampaignLoading.EnsureCan(campaign, CampaignState.Published);
            // Read under the campaign's lock: a decision turned unfavourable meanwhile is seen.
            await Accompaniments.AccompanimentGate.EnsureMayPublishAsync(db, campaign, Settings, cancellationToken);
            var errors = new ValidationErrors();
            CampaignValidator.AddEndDateErrors(errors, campaign.EndDate, ParisCalendar.Today(time), Settings);
            errors.ThrowIfAny();
            var now = time.GetUtcNow();
            campaign.PublishedAt = now;
            campaign.ClosesAt = ParisCalendar.EndOf(campaign.EndDate);
            campaign.TransitionTo(CampaignState.Published, moderatorId, LendingMessages.ReasonPublished, now);
            await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.CampaignPublished, campaign.CarrierUserId, campaign.Id, $"published:{campaign.Id:N}", now), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return campaign;
        }, cancellationToken);

    /// <summary>A moderator pushes the end date back, once, by at most the configured days (30).</summary>
    public Task<Campaign> ExtendEndDateAsync(Guid campaignId, string moderatorId, DateOnly newEndDate, string reason, CancellationToken cancellationToken = default) =>
        writes.RunAsync(async db =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(moderatorId);
            ArgumentException.ThrowIfNullOrWhiteSpace(reason);
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            var now = time.GetUtcNow();
            if (campaign.State != CampaignState.Published || campaign.ClosesAt <= now)
            {
                throw LendingValidationException.For(CampaignLoading.StateField, LendingMessages.ExtendPublishedOnly);
            }

            if (campaign.EndDateExtended) throw LendingValidationException.For(nameof(CampaignDraft.EndDate), LendingMessages.EndDateAlreadyExtended);
            if (newEndDate <= campaign.EndDate || newEndDate > campaign.EndDate.AddDays(Settings.MaxExtensionDays))
            {
                throw LendingValidationException.For(nameof(CampaignDraft.EndDate), LendingMessageFormat.Format(LendingMessages.ExtensionTooLong, Settings.MaxExtensionDays));
            }

            db.CampaignStateChanges.Add(new CampaignStateChange
            {
                CampaignId = campaign.Id, From = campaign.State, To = campaign.State, ActorId = moderatorId,
                Reason = LendingMessageFormat.Format(LendingMessages.ReasonEndDateExtended, campaign.EndDate, newEndDate, reason), At = now,
            });
            campaign.EndDate = newEndDate;
            campaign.ClosesAt = ParisCalendar.EndOf(newEndDate);
            campaign.EndDateExtended = true;
            await db.SaveChangesAsync(cancellationToken);
            return campaign;
        }, cancellationToken);

    /// <summary>Stops a campaign before disbursement: pending pledges are cancelled, collected ones refunded.</summary>
    public async Task<Campaign> CancelAsync(Guid campaignId, string actorId, string reason, CancellationToken cancellationToken = default)
    {
        var (campaign, refunds) = await writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            CampaignLoading.EnsureCan(campaign, CampaignState.Cancelled);
            var now = time.GetUtcNow();
            campaign.TransitionTo(CampaignState.Cancelled, actorId, reason, now);
            var refunds = await PledgeSettlement.ReturnAllAsync(db, campaign, now, LendingMessages.ReasonCancelled, OutgoingMessageKind.CampaignCancelled, cancellationToken);
            await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.CampaignCancelled, campaign.CarrierUserId, campaign.Id, $"cancelled:{campaign.Id:N}", now), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return (campaign, refunds);
        }, cancellationToken);
        foreach (var refund in refunds) await payments.RefundAsync(refund, cancellationToken);
        return campaign;
    }

    public Task<Campaign?> FindAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(db => db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken), cancellationToken);

    /// <summary>Campaigns in a state (e.g. published ones for the public list, submitted ones for moderation), newest first.</summary>
    public Task<List<Campaign>> ListByStateAsync(CampaignState state, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.State == state).ToListAsync(cancellationToken);
            return campaigns.OrderByDescending(c => c.PublishedAt ?? c.CreatedAt).ToList();
        }, cancellationToken);

    /// <summary>A carrier's own campaigns, whatever their state, newest first.</summary>
    public Task<List<Campaign>> ListForCarrierAsync(string carrierId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.CarrierUserId == carrierId).ToListAsync(cancellationToken);
            return campaigns.OrderByDescending(c => c.CreatedAt).ToList();
        }, cancellationToken);

    /// <summary>Amounts pledged and collected, for a campaign page.</summary>
    public Task<CampaignSummary> GetSummaryAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(db => CampaignSummary.LoadAsync(db, campaignId, cancellationToken), cancellationToken);

    public Task<List<CampaignStateChange>> GetHistoryAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var changes = await db.CampaignStateChanges.AsNoTracking().Where(c => c.CampaignId == campaignId).ToListAsync(cancellationToken);
            return changes.OrderBy(c => c.At).ThenBy(c => c.Id).ToList();
        }, cancellationToken);

    /// <summary>One transition in one transaction, with the carrier's e-mail (if any) in the same commit.</summary>
    private Task<Campaign> ChangeAsync(
        Guid campaignId, CampaignState to, string actorId, string reason, Action<Campaign>? check, CancellationToken cancellationToken,
        Func<Campaign, DateTimeOffset, OutgoingMessage>? notice = null) =>
        writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            CampaignLoading.EnsureCan(campaign, to);
            check?.Invoke(campaign);
            var now = time.GetUtcNow();
            campaign.TransitionTo(to, actorId, reason, now);
            if (notice is not null) await MessageOutbox.AddAsync(db, notice(campaign, now), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return campaign;
        }, cancellationToken);

    private void Apply(Campaign campaign, CampaignDraft draft, string story)
    {
        campaign.OrganisationId = draft.OrganisationId;
        campaign.StoryHtml = story;
        campaign.GoalCents = draft.GoalCents;
        campaign.EndDate = draft.EndDate;
        campaign.TermMonths = draft.TermMonths;
        campaign.GraceMonths = draft.GraceMonths;
        campaign.AcceptsDonations = draft.AcceptsDonations;
        campaign.FundingMode = draft.FundingMode;
        campaign.MinimumPledgeCents = draft.MinimumPledgeCents ?? Settings.DefaultMinimumPledgeCents;
    }
}
