using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Moderation;

/// <summary>
/// A moderator's decisions, each in one transaction with the call's history, its journal record and its index
/// outbox row (a published call is searchable once committed). A call is decided once: when two moderators act
/// at the same time, the second one changes nothing and learns it was already decided.
/// </summary>
public sealed class ModerationDecisions(IDbContextFactory<CatalogueDbContext> contexts, TimeProvider clock)
{
    /// <summary>Publishes a call waiting for review; with <paramref name="edits"/>, corrects it first and protects the corrected fields from later crawls.</summary>
    public async Task<ModerationResult> ApproveAsync(Guid callId, Guid moderatorId, CallDraft? edits, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var (call, outcome) = await ClaimAsync(db, callId, ModerationState.Published, cancellationToken).ConfigureAwait(false);
                if (call is null) return outcome;

                var now = clock.GetUtcNow();
                var actor = Actors.Moderator(moderatorId);
                JsonObject? diff = null;
                if (edits is not null)
                {
                    // An untouched description comes back as it was: sanitising it again must not count as an edit.
                    var untouched = Normalized(edits.DescriptionHtml) == Normalized(call.DescriptionHtml);
                    diff = EditableFields.Apply(call, untouched ? edits with { DescriptionHtml = call.DescriptionHtml } : FunderSubmissions.Clean(edits));
                    if (diff.Count > 0)
                    {
                        call.ModeratorEditedFields = [.. call.ModeratorEditedFields.Union(diff.Select(p => p.Key), StringComparer.Ordinal)];
                        db.CallChanges.Add(Change(call.Id, actor, now, CallChangeKind.Updated, null, diff.ToJsonString(EditableFields.JsonOptions)));
                    }
                }

                CallWindows.Align(call, CallStatusRules.TodayInParis(clock));
                // A funder a relay proposed with its call enters the reference list with the call's approval.
                var proposed = await db.Funders.Where(f => f.IsProposed && call.Funders.Contains(f.Slug)).ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var funder in proposed) funder.IsProposed = false;
                db.CallChanges.Add(Change(call.Id, actor, now, CallChangeKind.StateChanged, null, FunderSubmissions.StateDiff(ModerationState.ToReview, ModerationState.Published)));
                call.PublishedAt ??= now;
                call.RejectionReason = null;
                call.UpdatedAt = now;
                var edited = diff is { Count: > 0 };
                db.ModerationRecords.Add(Record(call, moderatorId, now, edited ? ModerationAction.EditedAndApproved : ModerationAction.Approved, null,
                    edited ? diff!.ToJsonString(EditableFields.JsonOptions) : null));
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return Done(call);
            }
        }
    }

    /// <summary>Refuses a call waiting for review; the reason is kept on the call for its organisation and in the journal.</summary>
    public async Task<ModerationResult> RejectAsync(Guid callId, Guid moderatorId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        reason = reason.Trim();
        if (reason.Length > 2000) reason = reason[..2000];
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var (call, outcome) = await ClaimAsync(db, callId, ModerationState.Rejected, cancellationToken).ConfigureAwait(false);
                if (call is null) return outcome;

                var now = clock.GetUtcNow();
                db.CallChanges.Add(Change(call.Id, Actors.Moderator(moderatorId), now, CallChangeKind.StateChanged, reason,
                    FunderSubmissions.StateDiff(ModerationState.ToReview, ModerationState.Rejected)));
                call.RejectionReason = reason;
                call.UpdatedAt = now;
                db.ModerationRecords.Add(Record(call, moderatorId, now, ModerationAction.Rejected, reason, null));
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return Done(call);
            }
        }
    }

    /// <summary>Applies a source's proposed values to the published call.</summary>
    public Task<ModerationResult> ApplyChangeAsync(long changeId, Guid moderatorId, CancellationToken cancellationToken = default) =>
        DecideChangeAsync(changeId, moderatorId, apply: true, null, cancellationToken);

    /// <summary>Keeps the published values; the source's proposal is closed (and not proposed again while it says the same).</summary>
    public Task<ModerationResult> DiscardChangeAsync(long changeId, Guid moderatorId, string? reason, CancellationToken cancellationToken = default) =>
        DecideChangeAsync(changeId, moderatorId, apply: false, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), cancellationToken);

    private async Task<ModerationResult> DecideChangeAsync(long changeId, Guid moderatorId, bool apply, string? reason, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var pending = await ModerationReader.PendingChanges(db).FirstOrDefaultAsync(x => x.Change.Id == changeId, cancellationToken).ConfigureAwait(false);
            if (pending is null)
            {
                var known = await db.CallChanges.AsNoTracking().Where(c => c.Id == changeId && c.Kind == CallChangeKind.PendingReview)
                    .Select(c => (Guid?)c.CallId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                return known is { } id ? Missing(id) with { Outcome = ModerationOutcome.AlreadyDecided } : Missing(Guid.Empty);
            }

            var call = await db.FundingCalls.FirstAsync(c => c.Id == pending.Change.CallId, cancellationToken).ConfigureAwait(false);
            var now = clock.GetUtcNow();
            var actor = Actors.Moderator(moderatorId);
            string? applied = null;
            if (apply)
            {
                var diff = new JsonObject();
                foreach (var proposal in FieldChange.Parse(pending.Change.DiffJson))
                {
                    if (EditableFields.Find(proposal.Name) is not { } field) continue;
                    var before = field.Read(call);
                    field.Write(call, proposal.After);
                    var after = field.Read(call);
                    if (!JsonNode.DeepEquals(before, after)) diff[field.Name] = new JsonObject { ["before"] = before, ["after"] = after?.DeepClone() };
                }

                CallWindows.Align(call, CallStatusRules.TodayInParis(clock));
                if (diff.Count > 0)
                {
                    applied = diff.ToJsonString(EditableFields.JsonOptions);
                    db.CallChanges.Add(Change(call.Id, actor, now, CallChangeKind.Updated, $"Modification de {pending.Change.Actor} acceptée", applied));
                    call.UpdatedAt = now;
                }
            }

            var record = Record(call, moderatorId, now, apply ? ModerationAction.ChangeApplied : ModerationAction.ChangeDiscarded, reason, applied ?? pending.Change.DiffJson);
            record.ChangeId = changeId;
            db.ModerationRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // The unique change id: another moderator decided this proposal between our read and our write.
                return Done(call) with { Outcome = ModerationOutcome.AlreadyDecided };
            }

            return Done(call);
        }
    }

    /// <summary>
    /// Moves the call out of review with a guarded update, so only one of two simultaneous decisions wins, then
    /// loads it for the rest of the decision in the same transaction.
    /// </summary>
    private static async Task<(FundingCall? Call, ModerationResult Outcome)> ClaimAsync(CatalogueDbContext db, Guid callId, ModerationState target, CancellationToken cancellationToken)
    {
        var claimed = await db.FundingCalls.Where(c => c.Id == callId && c.State == ModerationState.ToReview)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, target), cancellationToken).ConfigureAwait(false);
        if (claimed == 1) return (await db.FundingCalls.FirstAsync(c => c.Id == callId, cancellationToken).ConfigureAwait(false), Missing(callId));

        var existing = await db.FundingCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, cancellationToken).ConfigureAwait(false);
        return (null, existing is null ? Missing(callId) : Done(existing) with { Outcome = ModerationOutcome.AlreadyDecided });
    }

    private static string? Normalized(string? text) => text?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static ModerationResult Missing(Guid callId) => ModerationResult.Missing(callId);

    private static ModerationResult Done(FundingCall call) =>
        new(ModerationOutcome.Done, call.Id, call.Title, call.Slug, call.SubmittedByUserId, call.SubmittedByOrganisationId);

    private static ModerationRecord Record(FundingCall call, Guid moderatorId, DateTimeOffset now, ModerationAction action, string? reason, string? diff) =>
        new() { At = now, ModeratorId = moderatorId, Action = action, CallId = call.Id, CallTitle = call.Title, Reason = reason, DiffJson = diff };

    private static CallChange Change(Guid callId, string actor, DateTimeOffset now, CallChangeKind kind, string? reason, string? diff) =>
        new() { CallId = callId, At = now, Actor = actor, Kind = kind, Reason = reason, DiffJson = diff };
}
