using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Plateforme.Accounts;
using Plateforme.Accounts.Mail;
using Plateforme.Accounts.Organisations;
using Plateforme.Alerts.Store;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;

namespace Plateforme.Alerts.Applications;

/// <summary>
/// Reminds an organisation's members of the deadline of each call « en préparation », 14 days and 3 days before
/// it (on the injected clock, in Europe/Paris). Each reminder is first recorded under a unique key, then sent and
/// marked: a second run, or a restart, never sends it again; a crash between the two sends it at the next run.
/// </summary>
public sealed class ApplicationReminderRunner(
    IDbContextFactory<AlertsDbContext> contexts,
    PublishedCalls calls,
    IServiceScopeFactory scopes,
    IMailer mailer,
    IOptions<PublicSiteOptions> site,
    TimeProvider clock) : IDisposable
{
    /// <summary>The reminders, largest first: the one due is the smallest threshold the days left reach.</summary>
    public static readonly int[] DaysBefore = [14, 3];

    private readonly SemaphoreSlim running = new(1, 1);

    /// <summary>Records the reminders due today, then sends every recorded one not yet sent; returns how many were sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await RecordDueAsync(cancellationToken).ConfigureAwait(false);
            return await SendPendingAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            running.Release();
        }
    }

    /// <summary>The threshold due with this many days left (14 from J-14 to J-4, 3 from J-3 to the day), or null.</summary>
    public static int? DueThreshold(int daysLeft) =>
        daysLeft < 0 ? null : DaysBefore.Where(d => daysLeft <= d).Order().Cast<int?>().FirstOrDefault();

    private async Task RecordDueAsync(CancellationToken cancellationToken)
    {
        var today = CallStatusRules.TodayInParis(clock);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var preparing = await db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Preparing)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var application in preparing)
            {
                // The catalogue's deadline, not the copy: a call extended after it was saved reminds on its new date.
                var call = await calls.FindAsync(application.CallId.ToString(), cancellationToken).ConfigureAwait(false);
                var deadline = call?.Call.Deadline ?? application.Deadline;
                if (deadline is not { } day) continue;
                if (DueThreshold(day.DayNumber - today.DayNumber) is not { } threshold) continue;
                var known = await db.Reminders.AnyAsync(
                    r => r.ApplicationId == application.Id && r.Deadline == day && r.DaysBefore == threshold, cancellationToken).ConfigureAwait(false);
                if (known) continue;
                db.Reminders.Add(new ApplicationReminder
                {
                    Id = Guid.CreateVersion7(clock.GetUtcNow()),
                    ApplicationId = application.Id,
                    Deadline = day,
                    DaysBefore = threshold,
                    CreatedAt = clock.GetUtcNow(),
                });
                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DbUpdateException)
                {
                    // Another node recorded it first: the unique key decided, it is sent once.
                    db.ChangeTracker.Clear();
                }
            }
        }
    }

    private async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var pending = await (from r in db.Reminders.AsNoTracking()
                                 join a in db.Applications.AsNoTracking() on r.ApplicationId equals a.Id
                                 where r.SentAt == null
                                 select new { Reminder = r, Application = a }).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (pending.Count == 0) return 0;
            using var scope = scopes.CreateScope();
            var organisations = scope.ServiceProvider.GetRequiredService<OrganisationService>();
            foreach (var item in pending)
            {
                // Claimed by one conditional update: a second runner (another node, a run started by hand) finds it
                // taken and sends nothing. A failed send gives it back for the next run.
                var now = clock.GetUtcNow();
                var claimed = await db.Reminders.Where(r => r.Id == item.Reminder.Id && r.SentAt == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.SentAt, now), cancellationToken).ConfigureAwait(false);
                if (claimed == 0) continue;
                try
                {
                    var organisation = await organisations.FindAsync(item.Application.OrganisationId, cancellationToken).ConfigureAwait(false);
                    var recipients = await organisations.MemberEmailsAsync(item.Application.OrganisationId, cancellationToken).ConfigureAwait(false);
                    foreach (var email in recipients)
                    {
                        await mailer.SendAsync(ApplicationMails.Reminder(email, organisation?.Name ?? "", item.Application, item.Reminder, site.Value), cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (Exception failure) when (failure is IOException or InvalidOperationException or System.Net.Sockets.SocketException or OperationCanceledException)
                {
                    await db.Reminders.Where(r => r.Id == item.Reminder.Id)
                        .ExecuteUpdateAsync(set => set.SetProperty(r => r.SentAt, (DateTimeOffset?)null), CancellationToken.None).ConfigureAwait(false);
                    throw;
                }
                sent++;
            }
        }
        return sent;
    }

    public void Dispose() => running.Dispose();
}
