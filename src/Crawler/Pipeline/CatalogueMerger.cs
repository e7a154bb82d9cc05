using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Extraction.Identity;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;

namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// Puts one crawled call into the catalogue, in one transaction with its history and index outbox row:
/// a known call (by listing, URL, fingerprint or near-identical title) gains a listing rather than a twin;
/// date changes apply at once; other changes to a call a person published wait for review with a before/after
/// diff while the published values stay live; fields a moderator edited are never overwritten. Only the source
/// that first listed a call updates its content, so two sources that disagree cannot make it flicker.
/// </summary>
public sealed class CatalogueMerger(IDbContextFactory<CatalogueDbContext> contexts, TimeProvider clock)
{
    public const string ReviewReason = "Modification proposée par la source, en attente de validation";

    public Task<MergeResult> MergeAsync(NormalizedCall call, SourcePolicy policy, CancellationToken cancellationToken = default) =>
        MergeAsync(call, policy, null, cancellationToken);

    /// <summary>Merges a call with the details a structured source gave (null: the source says nothing of them).</summary>
    public async Task<MergeResult> MergeAsync(NormalizedCall call, SourcePolicy policy, CallDetails? details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(policy);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = clock.GetUtcNow();
            var crawled = new CrawledCall(call, await FunderResolver.ResolveAsync(db, call.Funders, policy, cancellationToken).ConfigureAwait(false), details);
            var record = await db.SourceRecords.SingleOrDefaultAsync(r => r.SourceId == call.SourceId && r.ExternalId == call.ExternalId, cancellationToken).ConfigureAwait(false);
            var matchId = record?.CallId ?? await CallMatcher.FindAsync(db, crawled, cancellationToken).ConfigureAwait(false);
            var existing = matchId is { } id ? await CallMatcher.LoadLiveAsync(db, id, cancellationToken).ConfigureAwait(false) : null;
            if (existing is null)
            {
                var created = Create(crawled, policy, now);
                if (record is not null) db.SourceRecords.Remove(record);
                db.FundingCalls.Add(created);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                Plateforme.Data.Faults.FaultPoints.Reach("crawler.merge.after-save");
                return new MergeResult(MergeOutcome.Created, created.Id);
            }

            var outcome = MergeOutcome.Unchanged;
            var joined = record is null || record.CallId != existing.Id;
            if (joined)
            {
                if (record is not null) db.SourceRecords.Remove(record);
                existing.Sources.Add(NewRecord(call, existing.Id, now));
                existing.History.Add(Change(existing.Id, policy, now, CallChangeKind.SourceAdded, $"Également publié par la source {call.SourceId}", null));
                existing.UpdatedAt = now;
                outcome = MergeOutcome.Updated;
            }
            else
            {
                Refresh(record!, call, now);
            }

            if (existing.State == ModerationState.Withdrawn)
            {
                await RestoreAsync(db, existing, policy, now, cancellationToken).ConfigureAwait(false);
                outcome = MergeOutcome.Updated;
            }

            var primary = await IsPrimaryAsync(db, existing, policy, cancellationToken).ConfigureAwait(false);
            if (primary && existing.State is not (ModerationState.Rejected or ModerationState.Merged))
            {
                outcome = Combine(outcome, await UpdateAsync(db, existing, crawled, policy, now, cancellationToken).ConfigureAwait(false));
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (outcome == MergeOutcome.Updated) Plateforme.Data.Faults.FaultPoints.Reach("crawler.merge.after-update");
            return new MergeResult(outcome, existing.Id) { JoinedExistingCall = joined };
        }
    }

    private static async Task<MergeOutcome> UpdateAsync(
        CatalogueDbContext db, FundingCall call, CrawledCall crawled, SourcePolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = CallFields.Of(crawled)
            .Where(f => !call.ModeratorEditedFields.Contains(f.Name, StringComparer.Ordinal) && f.Differs(call, crawled))
            .ToList();
        if (changed.Count == 0) return MergeOutcome.Unchanged;

        var review = call.State == ModerationState.Published
            && (!policy.Trusted || await ModeratorTouchedAsync(db, call.Id, cancellationToken).ConfigureAwait(false));
        var applied = review ? changed.Where(f => f.IsDate).ToList() : changed;
        var held = review ? changed.Where(f => !f.IsDate).ToList() : [];

        var outcome = MergeOutcome.Unchanged;
        if (applied.Count > 0)
        {
            var diff = CallFields.Diff(applied, call, crawled);
            foreach (var field in applied) field.Apply(call, crawled);
            Derive(call, applied.Select(f => f.Name));
            if (held.Count == 0) call.Fingerprint = crawled.Call.Fingerprint;
            call.UpdatedAt = now;
            call.History.Add(Change(call.Id, policy, now, CallChangeKind.Updated, null, diff));
            outcome = MergeOutcome.Updated;
        }

        if (held.Count > 0)
        {
            var diff = CallFields.Diff(held, call, crawled);
            var last = await db.CallChanges.AsNoTracking()
                .Where(c => c.CallId == call.Id && c.Kind == CallChangeKind.PendingReview && c.Actor == policy.Actor)
                .OrderByDescending(c => c.Id).Select(c => c.DiffJson).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            // The same proposal at every run would bury the moderator's queue: record it once.
            if (last != diff)
            {
                db.CallChanges.Add(Change(call.Id, policy, now, CallChangeKind.PendingReview, ReviewReason, diff));
                return MergeOutcome.PendingReview;
            }
        }

        return outcome;
    }

    /// <summary>The source whose crawl created the call; for a call made by a person, its oldest listing.</summary>
    private static async Task<bool> IsPrimaryAsync(CatalogueDbContext db, FundingCall call, SourcePolicy policy, CancellationToken cancellationToken)
    {
        var creator = await db.CallChanges.AsNoTracking().Where(c => c.CallId == call.Id && c.Kind == CallChangeKind.Created)
            .OrderBy(c => c.Id).Select(c => c.Actor).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (creator is not null && creator.StartsWith("crawler:", StringComparison.Ordinal)) return creator == policy.Actor;
        return call.Sources.OrderBy(s => s.FirstSeenAt).ThenBy(s => s.SourceId, StringComparer.Ordinal).First().SourceId == policy.SourceId;
    }

    private static Task<bool> ModeratorTouchedAsync(CatalogueDbContext db, Guid callId, CancellationToken cancellationToken) =>
        db.CallChanges.AnyAsync(c => c.CallId == callId && c.Actor.StartsWith("moderator:"), cancellationToken);

    /// <summary>A withdrawn call listed again goes back to the state it had before its withdrawal.</summary>
    private static async Task RestoreAsync(CatalogueDbContext db, FundingCall call, SourcePolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var withdrawal = await db.CallChanges.AsNoTracking()
            .Where(c => c.CallId == call.Id && c.Kind == CallChangeKind.StateChanged)
            .OrderByDescending(c => c.Id).Select(c => c.DiffJson).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var before = withdrawal is null ? null : JsonNode.Parse(withdrawal)?["State"]?["before"]?.GetValue<string>();
        var restored = Enum.TryParse<ModerationState>(before, out var state) && state != ModerationState.Withdrawn
            ? state
            : policy.Trusted ? ModerationState.Published : ModerationState.ToReview;
        call.History.Add(Change(call.Id, policy, now, CallChangeKind.StateChanged, "De nouveau publié par la source", StateDiff(call.State, restored)));
        call.State = restored;
        call.UpdatedAt = now;
    }

    internal static string StateDiff(ModerationState before, ModerationState after) =>
        new JsonObject { ["State"] = new JsonObject { ["before"] = before.ToString(), ["after"] = after.ToString() } }.ToJsonString(CallFields.JsonOptions);

    private static MergeOutcome Combine(MergeOutcome first, MergeOutcome second) =>
        second == MergeOutcome.Unchanged ? first : second;

    private static FundingCall Create(CrawledCall crawled, SourcePolicy policy, DateTimeOffset now)
    {
        var call = new FundingCall { Slug = "", Title = "", Territory = crawled.Call.Territory };
        call.Slug = $"{Slugs.Of(crawled.Call.Title, 120)}-{call.Id.ToString("N")[..8]}";
        var fields = CallFields.Of(crawled).ToList();
        foreach (var field in fields) field.Apply(call, crawled);
        Derive(call, fields.Select(f => f.Name));
        call.Fingerprint = crawled.Call.Fingerprint;
        call.State = policy.Trusted ? ModerationState.Published : ModerationState.ToReview;
        call.PublishedAt = policy.Trusted ? now : null;
        call.CreatedAt = now;
        call.UpdatedAt = now;
        call.Sources.Add(NewRecord(crawled.Call, call.Id, now));
        var warnings = crawled.Call.Warnings.Count == 0 ? null : string.Join(" ; ", crawled.Call.Warnings.Select(w => w.Message));
        call.History.Add(Change(call.Id, policy, now, CallChangeKind.Created, warnings, null));
        return call;
    }

    /// <summary>
    /// What follows the fields a crawl applied: the list of perimeters becomes the new lead one when the crawl moved
    /// it (a source names one; perimeters a moderator added stay), and the publics are read again from the new text.
    /// Neither ever replaces what a moderator chose.
    /// </summary>
    private static void Derive(FundingCall call, IEnumerable<string> applied)
    {
        var names = applied.ToHashSet(StringComparer.Ordinal);
        if (names.Contains(nameof(FundingCall.Territory)))
        {
            var kept = call.ModeratorEditedFields.Contains(nameof(FundingCall.Territories), StringComparer.Ordinal) ? call.Territories : [];
            CallTerritories.Set(call, [call.Territory, .. kept]);
        }

        var textChanged = names.Contains(nameof(FundingCall.Title)) || names.Contains(nameof(FundingCall.Summary)) || names.Contains(nameof(FundingCall.DescriptionHtml));
        if (textChanged && !call.ModeratorEditedFields.Contains(nameof(FundingCall.Publics), StringComparer.Ordinal))
        {
            call.Publics = [.. PublicDetector.Detect(call.Title, call.Summary, CallDocumentBuilder.PlainText(call.DescriptionHtml))];
        }
    }

    private static SourceRecord NewRecord(NormalizedCall call, Guid callId, DateTimeOffset now)
    {
        var record = new SourceRecord { CallId = callId, SourceId = call.SourceId, ExternalId = call.ExternalId, Url = ListingUrl(call), FirstSeenAt = now };
        Refresh(record, call, now);
        return record;
    }

    private static void Refresh(SourceRecord record, NormalizedCall call, DateTimeOffset now)
    {
        record.Url = ListingUrl(call);
        record.RawPayload = call.RawPayload;
        record.Licence = call.Licence is { Length: > 200 } licence ? licence[..200] : call.Licence;
        record.LastSeenAt = now;
    }

    /// <summary>The listing's page on its source, canonical, so that two crawls (and two sources) compare equal.</summary>
    internal static string ListingUrl(NormalizedCall call) =>
        Uri.TryCreate(call.SourceUrl, UriKind.Absolute, out var url) ? UrlCanonicalizer.Canonicalize(url).AbsoluteUri : call.SourceUrl;

    private static CallChange Change(Guid callId, SourcePolicy policy, DateTimeOffset now, CallChangeKind kind, string? reason, string? diff) =>
        new() { CallId = callId, At = now, Actor = policy.Actor, Kind = kind, Reason = reason, DiffJson = diff };
}
