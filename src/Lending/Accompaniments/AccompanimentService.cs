using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Accompaniments;

/// <summary>
/// Records the accompaniment of campaigns: the carrier chooses (or a moderator assigns) the structure; its
/// conseiller records meetings, the committee's date and decision, and the other financing obtained.
/// Who may do what (carrier, staff of the structure) is the caller's check.
/// </summary>
public sealed class AccompanimentService(LendingWrites writes, TimeProvider time)
{
    /// <summary>Chooses the accompanying structure; a change of structure starts the record again (decision pending).</summary>
    public Task<Accompaniment> ChooseAsync(Guid campaignId, Guid structureId, CancellationToken cancellationToken = default) =>
        writes.RunAsync(async db =>
        {
            var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
                ?? throw LendingValidationException.For("Campaign", LendingMessages.CampaignNotFound);
            if (campaign.State is not (CampaignState.Draft or CampaignState.Submitted))
            {
                throw LendingValidationException.For("Structure", LendingMessages.AccompanimentFixed);
            }

            var existing = await Load(db).FirstOrDefaultAsync(a => a.CampaignId == campaignId, cancellationToken);
            if (existing is not null && existing.StructureId == structureId) return existing;
            if (existing is not null) db.Remove(existing);
            var now = time.GetUtcNow();
            var accompaniment = new Accompaniment { CampaignId = campaignId, StructureId = structureId, AssignedAt = now, UpdatedAt = now };
            db.Add(accompaniment);
            await db.SaveChangesAsync(cancellationToken);
            return accompaniment;
        }, cancellationToken);

    /// <summary>
    /// Claims the one notice to the conseillers of the structure now accompanying the campaign: true once (for this
    /// campaign and structure), false ever after, across requests, restarts and nodes (a conditional update).
    /// </summary>
    public Task<bool> ClaimCounsellorNoticeAsync(Guid campaignId, Guid structureId, CancellationToken cancellationToken = default) =>
        writes.RunAsync(async db =>
        {
            var now = time.GetUtcNow();
            var claimed = await db.Set<Accompaniment>()
                .Where(a => a.CampaignId == campaignId && a.StructureId == structureId && a.CounsellorsNotifiedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.CounsellorsNotifiedAt, now), cancellationToken);
            return claimed == 1;
        }, cancellationToken);

    /// <summary>Gives the notice back when it could not be sent, so that the next choice or assignment sends it.</summary>
    public Task ReleaseCounsellorNoticeAsync(Guid campaignId, Guid structureId, CancellationToken cancellationToken = default) =>
        writes.RunAsync(db => db.Set<Accompaniment>()
            .Where(a => a.CampaignId == campaignId && a.StructureId == structureId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.CounsellorsNotifiedAt, (DateTimeOffset?)null), cancellationToken), cancellationToken);

    public Task<Accompaniment?> FindAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(db => Load(db).AsNoTracking().FirstOrDefaultAsync(a => a.CampaignId == campaignId, cancellationToken), cancellationToken);

    /// <summary>Every accompaniment of the structure, with its campaign, newest first.</summary>
    public Task<List<(Accompaniment Accompaniment, Campaign Campaign)>> OfStructureAsync(Guid structureId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var accompaniments = await Load(db).AsNoTracking().Where(a => a.StructureId == structureId).ToListAsync(cancellationToken);
            var ids = accompaniments.Select(a => a.CampaignId).ToList();
            var campaigns = await db.Campaigns.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
            return accompaniments.Where(a => campaigns.ContainsKey(a.CampaignId))
                .Select(a => (a, campaigns[a.CampaignId])).OrderByDescending(x => x.a.AssignedAt).ToList();
        }, cancellationToken);

    public Task<Accompaniment> RecordMeetingAsync(Guid campaignId, string counsellorId, DateOnly on, string note, CancellationToken cancellationToken = default) =>
        UpdateAsync(campaignId, counsellorId, a =>
        {
            if (string.IsNullOrWhiteSpace(note)) throw LendingValidationException.For("Note", LendingMessages.MeetingNoteRequired);
            a.Meetings.Add(new AccompanimentMeeting { CampaignId = campaignId, On = on, Note = note.Trim() });
        }, cancellationToken);

    /// <summary>The committee's date and decision; an unfavourable decision needs its reason.</summary>
    public Task<Accompaniment> DecideAsync(Guid campaignId, string counsellorId, DateOnly committeeDate, AccompanimentDecision decision, string? note, CancellationToken cancellationToken = default) =>
        UpdateAsync(campaignId, counsellorId, a =>
        {
            if (!Enum.IsDefined(decision)) throw LendingValidationException.For("Decision", LendingMessages.DecisionRequired);
            if (decision == AccompanimentDecision.Unfavourable && string.IsNullOrWhiteSpace(note))
            {
                throw LendingValidationException.For("Note", LendingMessages.UnfavourableReasonRequired);
            }

            a.CommitteeDate = committeeDate;
            a.Decision = decision;
            a.DecisionNote = (note ?? "").Trim();
        }, cancellationToken);

    public Task<Accompaniment> AddFinancingAsync(Guid campaignId, string counsellorId, FinancingKind kind, long amountCents, string provider, CancellationToken cancellationToken = default) =>
        UpdateAsync(campaignId, counsellorId, a =>
        {
            if (amountCents <= 0) throw LendingValidationException.For("Amount", LendingMessages.FinancingAmountRequired);
            if (!Enum.IsDefined(kind)) throw LendingValidationException.For("Kind", LendingMessages.DecisionRequired);
            a.Financings.Add(new OtherFinancing { CampaignId = campaignId, Kind = kind, AmountCents = amountCents, Provider = (provider ?? "").Trim() });
        }, cancellationToken);

    private Task<Accompaniment> UpdateAsync(Guid campaignId, string counsellorId, Action<Accompaniment> change, CancellationToken cancellationToken) =>
        writes.RunAsync(async db =>
        {
            var accompaniment = await Load(db).FirstOrDefaultAsync(a => a.CampaignId == campaignId, cancellationToken)
                ?? throw LendingValidationException.For("Campaign", LendingMessages.NotAccompanied);
            change(accompaniment);
            accompaniment.CounsellorUserId = counsellorId;
            accompaniment.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            return accompaniment;
        }, cancellationToken);

    private static IQueryable<Accompaniment> Load(LendingDbContext db) =>
        db.Set<Accompaniment>().Include(a => a.Meetings).Include(a => a.Financings).AsSplitQuery();
}
