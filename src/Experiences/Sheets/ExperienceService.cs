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

            input.ApplyTo(sheet);
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

    public Task<ExperienceOutcome> SubmitAsync(Guid id, ExperienceActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(id, actor, ExperienceState.Draft, ExperienceState.Submitted, RevisionKind.Submitted, null, actor.CanEdit, cancellationToken);

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
