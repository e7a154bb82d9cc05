using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using Plateforme.Search.Text;

namespace Plateforme.Search.Moderation;

/// <summary>
/// Calls an organisation posts itself: drafts it may change, then a submission for review. The organisation is
/// the call's funder (a catalogue funder is kept in step with its name). Only drafts and refused calls can change.
/// </summary>
public sealed class FunderSubmissions(IDbContextFactory<CatalogueDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<FundingCall>> ListAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var calls = await db.FundingCalls.AsNoTracking().Where(c => c.SubmittedByOrganisationId == organisationId)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. calls.OrderByDescending(c => c.UpdatedAt)];
        }
    }

    public async Task<FundingCall?> FindAsync(Guid organisationId, Guid callId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.FundingCalls.AsNoTracking()
                .FirstOrDefaultAsync(c => c.Id == callId && c.SubmittedByOrganisationId == organisationId, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<FundingCall> CreateDraftAsync(OrganisationFunder organisation, Guid userId, CallDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(draft);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = clock.GetUtcNow();
            var id = Guid.CreateVersion7(now);
            var call = new FundingCall
            {
                Id = id,
                Slug = $"{Slug(draft.Title)}-{id.ToString("N")[^8..]}",
                Title = draft.Title,
                Territory = draft.Territory,
                State = ModerationState.Draft,
                SubmittedByOrganisationId = organisation.Id,
                SubmittedByUserId = userId,
                CreatedAt = now,
                UpdatedAt = now,
            };
            EditableFields.Apply(call, Clean(draft));
            CallWindows.Align(call, CallStatusRules.TodayInParis(clock));
            call.Funders = [await FunderSlugAsync(db, organisation, cancellationToken).ConfigureAwait(false)];
            call.History.Add(new CallChange { CallId = id, At = now, Actor = Actors.Organisation(organisation.Id), Kind = CallChangeKind.Created });
            db.FundingCalls.Add(call);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return call;
        }
    }

    /// <summary>
    /// A relay's draft: the call of a third party, under the funder it chose (or proposed), never under the relay.
    /// Null when the chosen reference funder does not exist.
    /// </summary>
    public async Task<FundingCall?> CreateRelayDraftAsync(OrganisationFunder organisation, Guid userId, CallDraft draft, RelayFunder relay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(relay);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            string slug;
            if (relay.ExistingSlug is { } existing)
            {
                var known = await db.Funders.AnyAsync(f => f.Slug == existing && !f.IsProposed, cancellationToken).ConfigureAwait(false);
                if (!known) return null;
                slug = existing;
            }
            else
            {
                var name = (relay.ProposedName ?? "").Trim();
                if (name.Length == 0) return null;
                var now0 = clock.GetUtcNow();
                slug = $"{(FrenchFolding.Slugify(name, 100) is { Length: > 0 } s ? s : "financeur")}-{Guid.CreateVersion7(now0).ToString("N")[^8..]}";
                db.Funders.Add(new Funder { Slug = slug, Name = name.Length > 300 ? name[..300] : name, Kind = relay.ProposedKind ?? "autre", IsProposed = true });
            }

            var now = clock.GetUtcNow();
            var id = Guid.CreateVersion7(now);
            var call = new FundingCall
            {
                Id = id,
                Slug = $"{Slug(draft.Title)}-{id.ToString("N")[^8..]}",
                Title = draft.Title,
                Territory = draft.Territory,
                State = ModerationState.Draft,
                SubmittedByOrganisationId = organisation.Id,
                SubmittedByUserId = userId,
                RelayedByOrganisationId = organisation.Id,
                RelayedByStructureId = relay.StructureId,
                CreatedAt = now,
                UpdatedAt = now,
            };
            EditableFields.Apply(call, Clean(draft));
            CallWindows.Align(call, CallStatusRules.TodayInParis(clock));
            call.Funders = [slug];
            call.History.Add(new CallChange { CallId = id, At = now, Actor = Actors.Organisation(organisation.Id), Kind = CallChangeKind.Created, Reason = "Relayé pour un autre financeur" });
            db.FundingCalls.Add(call);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return call;
        }
    }

    public async Task<SubmissionOutcome> UpdateDraftAsync(OrganisationFunder organisation, Guid callId, Guid userId, CallDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(draft);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var call = await db.FundingCalls.FirstOrDefaultAsync(c => c.Id == callId && c.SubmittedByOrganisationId == organisation.Id, cancellationToken).ConfigureAwait(false);
            if (call is null) return SubmissionOutcome.NotFound;
            if (call.State is not (ModerationState.Draft or ModerationState.Rejected)) return SubmissionOutcome.Locked;

            var now = clock.GetUtcNow();
            var diff = EditableFields.Apply(call, Clean(draft));
            CallWindows.Align(call, CallStatusRules.TodayInParis(clock));
            if (call.RelayedByOrganisationId is null)
            {
                var funder = await FunderSlugAsync(db, organisation, cancellationToken).ConfigureAwait(false);
                if (call.Funders is not [var only] || only != funder) call.Funders = [funder];
            }
            call.SubmittedByUserId = userId;
            call.UpdatedAt = now;
            if (diff.Count > 0) db.CallChanges.Add(Change(call.Id, organisation.Id, now, CallChangeKind.Updated, null, diff.ToJsonString(EditableFields.JsonOptions)));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return SubmissionOutcome.Done;
        }
    }

    /// <summary>Sends a draft (or a refused call, corrected) to the moderators.</summary>
    public async Task<SubmissionOutcome> SubmitAsync(Guid organisationId, Guid callId, Guid userId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var call = await db.FundingCalls.FirstOrDefaultAsync(c => c.Id == callId && c.SubmittedByOrganisationId == organisationId, cancellationToken).ConfigureAwait(false);
            if (call is null) return SubmissionOutcome.NotFound;
            if (call.State is not (ModerationState.Draft or ModerationState.Rejected)) return SubmissionOutcome.Locked;

            var now = clock.GetUtcNow();
            db.CallChanges.Add(Change(call.Id, organisationId, now, CallChangeKind.StateChanged, null, StateDiff(call.State, ModerationState.ToReview)));
            call.State = ModerationState.ToReview;
            call.RejectionReason = null;
            call.SubmittedByUserId = userId;
            call.SubmittedAt = now;
            call.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return SubmissionOutcome.Done;
        }
    }

    /// <summary>The call as it would be stored from this draft, in memory only, for a preview.</summary>
    public static FundingCall Preview(OrganisationFunder organisation, CallDraft draft)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(draft);
        var call = new FundingCall { Slug = "apercu", Title = draft.Title, Territory = draft.Territory, Funders = [FunderSlug(organisation)] };
        EditableFields.Apply(call, Clean(draft));
        return call;
    }

    /// <summary>The catalogue funder's slug for an organisation: its name and the end of its id (two homonyms stay apart).</summary>
    public static string FunderSlug(OrganisationFunder organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var name = FrenchFolding.Slugify(organisation.Name, 100);
        var suffix = organisation.Id.ToString("N")[^8..];
        return name.Length == 0 ? suffix : $"{name}-{suffix}";
    }

    internal static string StateDiff(ModerationState before, ModerationState after) =>
        new JsonObject { ["State"] = new JsonObject { ["before"] = before.ToString(), ["after"] = after.ToString() } }.ToJsonString(EditableFields.JsonOptions);

    internal static CallDraft Clean(CallDraft draft) => draft with { DescriptionHtml = DescriptionSanitizer.Sanitize(draft.DescriptionHtml) };

    private static string Slug(string title) => FrenchFolding.Slugify(title, 120) is { Length: > 0 } slug ? slug : "appel";

    /// <summary>The organisation's funder in the catalogue, created on its first call and renamed with it.</summary>
    private static async Task<string> FunderSlugAsync(CatalogueDbContext db, OrganisationFunder organisation, CancellationToken cancellationToken)
    {
        var slug = FunderSlug(organisation);
        var funder = await db.Funders.FirstOrDefaultAsync(f => f.Slug == slug, cancellationToken).ConfigureAwait(false);
        if (funder is null)
        {
            db.Funders.Add(new Funder { Slug = slug, Name = organisation.Name, Kind = organisation.Kind, Territory = organisation.Territory });
        }
        else if (funder.Name != organisation.Name || funder.Kind != organisation.Kind)
        {
            funder.Name = organisation.Name;
            funder.Kind = organisation.Kind;
        }

        return slug;
    }

    private static CallChange Change(Guid callId, Guid organisationId, DateTimeOffset now, CallChangeKind kind, string? reason, string? diff) =>
        new() { CallId = callId, At = now, Actor = Actors.Organisation(organisationId), Kind = kind, Reason = reason, DiffJson = diff };
}
