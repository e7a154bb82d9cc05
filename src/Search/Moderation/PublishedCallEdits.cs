using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Moderation;

/// <summary>
/// A funder (or relay) keeps its own published call true: dates (deadline, opening, windows, pre-deposit) apply at
/// once — a postponed deadline must show today, as the crawler's do —; any other change waits for a moderator as a
/// proposal in the same before/after review as a source's; « Clôturer » closes it at once.
/// Every write goes with its history and its index outbox row (the catalogue's SaveChanges).
/// </summary>
public sealed class PublishedCallEdits(IDbContextFactory<CatalogueDbContext> contexts, TimeProvider clock)
{
    public async Task<PublishedEditOutcome> EditAsync(Guid organisationId, Guid callId, Guid userId, CallDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var call = await OwnAsync(db, organisationId, callId, cancellationToken).ConfigureAwait(false);
            if (call is null) return PublishedEditOutcome.Of(SubmissionOutcome.NotFound);
            if (call.State != ModerationState.Published) return PublishedEditOutcome.Of(SubmissionOutcome.Locked);

            var today = CallStatusRules.TodayInParis(clock);
            var fields = EditableFields.All.Where(f => f.InForm).ToList();
            var before = fields.ToDictionary(f => f.Name, f => f.Read(call), StringComparer.Ordinal);
            var closedOn = call.ClosedOn;

            // An untouched description comes back as it was: sanitising it again must not count as an edit.
            var untouched = Normalized(draft.DescriptionHtml) == Normalized(call.DescriptionHtml);
            EditableFields.Apply(call, untouched ? draft with { DescriptionHtml = call.DescriptionHtml } : FunderSubmissions.Clean(draft));
            var reopened = closedOn is not null && call.Deadline is { } deadline && deadline >= today;
            if (reopened) call.ClosedOn = null;
            if (call.ClosedOn is null) CallWindows.Align(call, today);
            else call.Deadline = closedOn!.Value.AddDays(-1);

            var dates = new JsonObject();
            var others = new JsonObject();
            foreach (var field in fields)
            {
                var after = field.Read(call);
                if (JsonNode.DeepEquals(before[field.Name], after)) continue;
                var entry = new JsonObject { ["before"] = before[field.Name]?.DeepClone(), ["after"] = after?.DeepClone() };
                if (EditableFields.DateFields.Contains(field.Name))
                {
                    dates[field.Name] = entry;
                }
                else
                {
                    others[field.Name] = entry;
                    field.Write(call, before[field.Name]); // the published value stays until a moderator accepts
                }
            }

            var now = clock.GetUtcNow();
            var actor = Actors.Organisation(organisationId);
            if (dates.Count > 0)
            {
                db.CallChanges.Add(new CallChange
                {
                    CallId = call.Id, At = now, Actor = actor, Kind = CallChangeKind.Updated,
                    Reason = reopened ? EditReasons.Reopened : EditReasons.DatesByFunder,
                    DiffJson = dates.ToJsonString(EditableFields.JsonOptions),
                });
                call.UpdatedAt = now;
            }
            else
            {
                call.ClosedOn = closedOn;
            }

            if (others.Count > 0)
            {
                // A newer proposal of the same organisation replaces its older one in the queue (see ModerationReader).
                db.CallChanges.Add(new CallChange
                {
                    CallId = call.Id, At = now, Actor = actor, Kind = CallChangeKind.PendingReview,
                    Reason = EditReasons.ProposedByFunder, DiffJson = others.ToJsonString(EditableFields.JsonOptions),
                });
            }

            call.SubmittedByUserId = userId;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new PublishedEditOutcome(SubmissionOutcome.Done, dates.Count > 0, others.Count > 0);
        }
    }

    /// <summary>« Clôturer »: closed from today on (its deadline becomes yesterday), its later windows dropped.</summary>
    public async Task<SubmissionOutcome> CloseAsync(Guid organisationId, Guid callId, Guid userId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var call = await OwnAsync(db, organisationId, callId, cancellationToken).ConfigureAwait(false);
            if (call is null) return SubmissionOutcome.NotFound;
            if (call.State != ModerationState.Published) return SubmissionOutcome.Locked;
            if (call.ClosedOn is not null) return SubmissionOutcome.Done;

            var today = CallStatusRules.TodayInParis(clock);
            var now = clock.GetUtcNow();
            var yesterday = today.AddDays(-1);
            var diff = new JsonObject
            {
                ["ClosedOn"] = new JsonObject { ["before"] = null, ["after"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            };
            if (call.Deadline is null || call.Deadline >= today)
            {
                diff["Deadline"] = new JsonObject { ["before"] = Iso(call.Deadline), ["after"] = Iso(yesterday) };
                call.Deadline = yesterday;
                call.DeadlineTime = null;
                if (call.OpensOn > yesterday) call.OpensOn = null;
            }
            call.Windows = CallWindows.Normalize(call.Windows.Where(w => w.ClosesOn < today));
            call.ClosedOn = today;
            call.UpdatedAt = now;
            call.SubmittedByUserId = userId;
            db.CallChanges.Add(new CallChange
            {
                CallId = call.Id, At = now, Actor = Actors.Organisation(organisationId), Kind = CallChangeKind.Updated,
                Reason = EditReasons.Closed, DiffJson = diff.ToJsonString(EditableFields.JsonOptions),
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return SubmissionOutcome.Done;
        }
    }

    /// <summary>The organisation's proposals on its published calls still waiting for a moderator, by call.</summary>
    public async Task<IReadOnlySet<Guid>> AwaitingReviewAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var actor = Actors.Organisation(organisationId);
            var ids = await ModerationReader.PendingChanges(db).Where(x => x.Change.Actor == actor).Select(x => x.Change.CallId)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return ids.ToHashSet();
        }
    }

    private static Task<FundingCall?> OwnAsync(CatalogueDbContext db, Guid organisationId, Guid callId, CancellationToken cancellationToken) =>
        db.FundingCalls.FirstOrDefaultAsync(c => c.Id == callId && c.SubmittedByOrganisationId == organisationId, cancellationToken);

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Normalized(string? text) => text?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
