using Microsoft.EntityFrameworkCore;
using Plateforme.Alerts.Resources;
using Plateforme.Alerts.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Alerts.Applications;

/// <summary>
/// An organisation's saved calls and its applications. Every read and write takes the organisation's id: the
/// caller checks the person belongs to it, and an application of another organisation is never found.
/// </summary>
public sealed class ApplicationService(IDbContextFactory<AlertsDbContext> contexts, TimeProvider clock)
{
    public const int MaxNotesLength = 4000;

    /// <summary>Saves the call for the organisation « à étudier »; saving it again returns the existing application.</summary>
    public async Task<Guid> SaveAsync(Guid organisationId, Guid userId, SavedCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var existing = await db.Applications.AsNoTracking()
                .FirstOrDefaultAsync(a => a.OrganisationId == organisationId && a.CallId == call.CallId, cancellationToken).ConfigureAwait(false);
            if (existing is not null) return existing.Id;
            var now = clock.GetUtcNow();
            var application = new CallApplication
            {
                Id = Guid.CreateVersion7(now),
                OrganisationId = organisationId,
                CallId = call.CallId,
                CallSlug = call.Slug,
                CallTitle = call.Title.Length > 1000 ? call.Title[..1000] : call.Title,
                Deadline = call.Deadline,
                Status = ApplicationStatus.ToStudy,
                SavedBy = userId,
                SavedAt = now,
                UpdatedAt = now,
            };
            db.Applications.Add(application);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return application.Id;
            }
            catch (DbUpdateException)
            {
                // Two members saving the same call at once: the unique key kept one.
                db.ChangeTracker.Clear();
                return (await db.Applications.AsNoTracking()
                    .FirstAsync(a => a.OrganisationId == organisationId && a.CallId == call.CallId, cancellationToken).ConfigureAwait(false)).Id;
            }
        }
    }

    /// <summary>The organisation's applications, deadlines first (none last), and what was obtained this calendar year.</summary>
    public async Task<ApplicationPipeline> PipelineAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Applications.AsNoTracking().Where(a => a.OrganisationId == organisationId)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var year = CallStatusRules.TodayInParis(clock).Year;
            var obtained = rows.Where(a => a.Status == ApplicationStatus.Won && a.ObtainedOn?.Year == year).Sum(a => a.AmountObtainedCents ?? 0);
            var ordered = rows.OrderBy(a => a.Deadline is null).ThenBy(a => a.Deadline).ThenBy(a => a.CallTitle, StringComparer.CurrentCulture).ToList();
            return new ApplicationPipeline(ordered, year, obtained);
        }
    }

    /// <summary>The organisation's application to a call, or null (also for another organisation's call).</summary>
    public async Task<CallApplication?> ForCallAsync(Guid organisationId, Guid callId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Applications.AsNoTracking()
                .FirstOrDefaultAsync(a => a.OrganisationId == organisationId && a.CallId == callId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The application, only if it belongs to the organisation.</summary>
    public async Task<CallApplication?> FindAsync(Guid organisationId, Guid applicationId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Applications.AsNoTracking()
                .FirstOrDefaultAsync(a => a.Id == applicationId && a.OrganisationId == organisationId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Changes status, notes and amount. Errors in French keyed by field; null when the application is not the
    /// organisation's (the caller answers 404).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>?> UpdateAsync(Guid organisationId, Guid applicationId, ApplicationChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Enum.IsDefined(change.Status)) errors[nameof(change.Status)] = ApplicationText.StatusInvalid;
        var notes = change.Notes?.Trim() ?? "";
        if (notes.Length > MaxNotesLength) errors[nameof(change.Notes)] = ApplicationText.NotesTooLong;
        if (change.AmountObtainedCents is < 0) errors[nameof(change.AmountObtainedCents)] = ApplicationText.AmountNegative;
        else if (change.AmountObtainedCents is > 0 && change.Status != ApplicationStatus.Won) errors[nameof(change.AmountObtainedCents)] = ApplicationText.AmountOnlyWhenWon;

        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var application = await db.Applications
                .FirstOrDefaultAsync(a => a.Id == applicationId && a.OrganisationId == organisationId, cancellationToken).ConfigureAwait(false);
            if (application is null) return null;
            if (errors.Count > 0) return errors;

            if (change.Status == ApplicationStatus.Won && application.Status != ApplicationStatus.Won)
            {
                application.ObtainedOn = CallStatusRules.TodayInParis(clock);
            }
            else if (change.Status != ApplicationStatus.Won)
            {
                application.ObtainedOn = null;
            }
            application.Status = change.Status;
            application.Notes = notes;
            application.AmountObtainedCents = change.Status == ApplicationStatus.Won ? change.AmountObtainedCents : null;
            application.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return errors;
        }
    }

    /// <summary>Forgets a saved call and its reminders; false when it is not the organisation's.</summary>
    public async Task<bool> RemoveAsync(Guid organisationId, Guid applicationId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var removed = await db.Applications.Where(a => a.Id == applicationId && a.OrganisationId == organisationId)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            return removed > 0;
        }
    }
}
