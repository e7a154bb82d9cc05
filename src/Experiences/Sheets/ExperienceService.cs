using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plateforme.Experiences.Resources;
using Plateforme.Experiences.Store;
using Plateforme.Search.Text;

namespace Plateforme.Experiences.Sheets;

/// <summary>
/// Writing sheets collaboratively: a member of a structure drafts and submits, a moderator publishes or returns it;
/// every step is kept in the sheet's history with the text as it was.
/// </summary>
public sealed class ExperienceService(IDbContextFactory<ExperiencesDbContext> contexts, TimeProvider clock)
{
    /// <summary>Raised after a sheet is published or its published text changes (the search index listens).</summary>
    public event Action? PublishedChanged;

    internal void NotifyPublishedChanged() => PublishedChanged?.Invoke();

    public async Task<ExperienceOutcome> SaveDraftAsync(Guid? id, ExperienceInput input, ExperienceActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var problems = ExperienceValidation.Problems(input);
        if (problems.Count > 0) return ExperienceOutcome.Invalid(problems);
        var now = clock.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            Experience sheet;
            var kind = RevisionKind.Edited;
            if (id is { } existing)
            {
                var found = await db.Experiences.FirstOrDefaultAsync(e => e.Id == existing, cancellationToken).ConfigureAwait(false);
                if (found is null) return ExperienceOutcome.Failed(ExperienceText.ErrorNotFound);
                if (!actor.CanEdit(found)) return ExperienceOutcome.Failed(ExperienceText.ErrorForbidden);
                sheet = found;
            }
            else
            {
                kind = RevisionKind.Created;
                sheet = new Experience { CreatedAt = now, AuthorId = actor.UserId, OrganisationId = actor.OrganisationId };
                sheet.Slug = await UniqueSlugAsync(db, input.Title, cancellationToken).ConfigureAwait(false);
                db.Experiences.Add(sheet);
            }

            Places.DefaultPoint.Apply(input, id is null ? null : sheet).ApplyTo(sheet);
            sheet.UpdatedAt = now;
            // Saving is the contributor vouching for the facts today: the « à actualiser » clock starts again.
            sheet.LastReviewedOn = DateOnly.FromDateTime(now.UtcDateTime);
            sheet.Version++;
            db.Revisions.Add(Revision(sheet, kind, actor.UserId, now));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (sheet.State == ExperienceState.Published) PublishedChanged?.Invoke();
            return ExperienceOutcome.Saved(sheet);
        }
    }

    /// <summary>Sends a complete draft to the moderators (an imported draft must be completed first).</summary>
    public async Task<ExperienceOutcome> SubmitAsync(Guid id, ExperienceActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await FindAsync(id, cancellationToken).ConfigureAwait(false) is { } sheet && ExperienceValidation.Problems(ExperienceInput.From(sheet)) is { Count: > 0 } problems)
            return ExperienceOutcome.Invalid(problems);
        return await MoveAsync(id, actor, ExperienceState.Draft, ExperienceState.Submitted, RevisionKind.Submitted, null, actor.CanEdit, cancellationToken).ConfigureAwait(false);
    }

    public Task<ExperienceOutcome> PublishAsync(Guid id, ExperienceActor moderator, CancellationToken cancellationToken = default) =>
        MoveAsync(id, moderator, ExperienceState.Submitted, ExperienceState.Published, RevisionKind.Published, null, _ => moderator.IsModerator, cancellationToken);

    public Task<ExperienceOutcome> ReturnAsync(Guid id, ExperienceActor moderator, string note, CancellationToken cancellationToken = default) =>
        MoveAsync(id, moderator, ExperienceState.Submitted, ExperienceState.Draft, RevisionKind.Returned, note, _ => moderator.IsModerator, cancellationToken);

    private async Task<ExperienceOutcome> MoveAsync(
        Guid id, ExperienceActor actor, ExperienceState from, ExperienceState to, RevisionKind kind, string? note,
        Func<Experience, bool> allowed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var sheet = await db.Experiences.FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
            if (sheet is null) return ExperienceOutcome.Failed(ExperienceText.ErrorNotFound);
            if (!allowed(sheet)) return ExperienceOutcome.Failed(ExperienceText.ErrorForbidden);
            if (sheet.State != from) return ExperienceOutcome.Failed(ExperienceText.ErrorWrongState);
            sheet.State = to;
            sheet.ModerationNote = note?.Trim();
            sheet.UpdatedAt = now;
            if (to == ExperienceState.Published) sheet.PublishedAt ??= now;
            sheet.Version++;
            db.Revisions.Add(Revision(sheet, kind, actor.UserId, now));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (to == ExperienceState.Published) PublishedChanged?.Invoke();
            return ExperienceOutcome.Saved(sheet);
        }
    }

    public async Task<Experience?> FindPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Experiences.AsNoTracking()
                .FirstOrDefaultAsync(e => e.Slug == slug && e.State == ExperienceState.Published, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<Experience?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Experiences.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<List<Experience>> PublishedAsync(CancellationToken cancellationToken = default) =>
        ListAsync(e => e.State == ExperienceState.Published, cancellationToken);

    /// <summary>Every sheet, whatever its state (duplicates of an import are looked for among all).</summary>
    public Task<List<Experience>> AllAsync(CancellationToken cancellationToken = default) => ListAsync(_ => true, cancellationToken);

    /// <summary>
    /// A draft from an import, saved as read even though it is incomplete (no commune, themes or carrier in a uMap
    /// export): its structure completes it before submitting, when the usual checks apply.
    /// </summary>
    public async Task<Experience> SaveImportedDraftAsync(ExperienceInput input, ExperienceActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var now = clock.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var sheet = new Experience { CreatedAt = now, UpdatedAt = now, AuthorId = actor.UserId, OrganisationId = actor.OrganisationId, Version = 1 };
            sheet.Slug = await UniqueSlugAsync(db, input.Title, cancellationToken).ConfigureAwait(false);
            input.ApplyTo(sheet);
            sheet.LastReviewedOn = DateOnly.FromDateTime(now.UtcDateTime);
            db.Experiences.Add(sheet);
            db.Revisions.Add(Revision(sheet, RevisionKind.Created, actor.UserId, now));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return sheet;
        }
    }

    public Task<List<Experience>> QueueAsync(CancellationToken cancellationToken = default) =>
        ListAsync(e => e.State == ExperienceState.Submitted, cancellationToken);

    /// <summary>The sheets a person may edit: theirs and those of their organisations.</summary>
    public Task<List<Experience>> EditableByAsync(ExperienceActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var organisations = actor.Organisations.ToList();
        return ListAsync(e => e.AuthorId == actor.UserId || e.OrganisationId != null && organisations.Contains(e.OrganisationId.Value), cancellationToken);
    }

    public async Task<List<ExperienceRevision>> HistoryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var revisions = await db.Revisions.AsNoTracking().Where(r => r.ExperienceId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return revisions.OrderBy(r => r.At).ThenBy(r => r.Id).ToList();
        }
    }

    private async Task<List<Experience>> ListAsync(System.Linq.Expressions.Expression<Func<Experience, bool>> filter, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var sheets = await db.Experiences.AsNoTracking().Where(filter).ToListAsync(cancellationToken).ConfigureAwait(false);
            return sheets.OrderBy(e => e.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true)).ToList();
        }
    }

    internal static ExperienceRevision Revision(Experience sheet, RevisionKind kind, Guid? userId, DateTimeOffset at) => new()
    {
        ExperienceId = sheet.Id,
        At = at,
        UserId = userId,
        Kind = kind,
        Snapshot = JsonSerializer.Serialize(ExperienceInput.From(sheet)),
    };

    internal static async Task<string> UniqueSlugAsync(ExperiencesDbContext db, string title, CancellationToken cancellationToken)
    {
        var stem = FrenchFolding.Slugify(title, 80);
        if (stem.Length == 0) stem = "experience";
        var slug = stem;
        for (var n = 2; await db.Experiences.AnyAsync(e => e.Slug == slug, cancellationToken).ConfigureAwait(false); n++) slug = $"{stem}-{n}";
        return slug;
    }
}
