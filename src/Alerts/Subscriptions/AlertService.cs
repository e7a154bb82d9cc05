using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Accounts;
using Plateforme.Accounts.Mail;
using Plateforme.Alerts.Mail;
using Plateforme.Alerts.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Alerts.Subscriptions;

/// <summary>
/// Creating (double opt-in), confirming, unsubscribing and managing alerts. Creation answers the same way whatever
/// the address: nobody learns from it whether an address already has alerts.
/// </summary>
public sealed partial class AlertService(
    IDbContextFactory<AlertsDbContext> contexts,
    IMailer mailer,
    IOptions<AlertsOptions> options,
    IOptions<PublicSiteOptions> site,
    TimeProvider clock,
    ILogger<AlertService> logger)
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    /// <summary>The longest search an alert keeps (its column's size).</summary>
    public const int MaxQueryLength = 4000;

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    /// <summary>Stores a pending alert and e-mails its confirmation link; sends nothing else before confirmation.</summary>
    public async Task CreateAsync(NewAlert request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = Normalise(request.Email);
        if (!EmailFormat.IsValid(email) || email.Length > 320) return;
        if (request.Query.Length > MaxQueryLength) throw new ArgumentException("The search is too long for an alert.", nameof(request));
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // Unconfirmed requests expire; a flood of requests for one address stops being mailed (same answer).
            var expiry = now.AddDays(-settings.ConfirmationDays);
            var pending = await db.Alerts.Where(a => a.Email == email && a.State == AlertState.Pending).ToListAsync(cancellationToken).ConfigureAwait(false);
            db.Alerts.RemoveRange(pending.Where(a => a.CreatedAt < expiry));
            if (pending.Count(a => a.CreatedAt >= expiry) >= settings.MaxPendingPerAddress)
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                LogTooManyPending();
                return;
            }

            var token = AlertTokens.New();
            var alert = new Alert
            {
                Email = email,
                UserId = request.UserId,
                Query = request.Query,
                Description = request.Description.Length <= 1000 ? request.Description : request.Description[..1000],
                Frequency = request.Frequency,
                SiteUrl = site.Value.Address.AbsoluteUri,
                ConfirmationTokenHash = AlertTokens.Hash(token),
                UnsubscribeToken = AlertTokens.New(),
                CreatedAt = now,
            };
            db.Alerts.Add(alert);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await mailer.SendAsync(AlertMails.Confirmation(alert, site.Value, AlertPaths.ConfirmLink(site.Value, token), settings.ConfirmationDays), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Activates the alert of a confirmation link: its first digest will hold calls published from now on. Confirming
    /// the same search for the same address twice keeps one alert (the newer frequency wins).
    /// </summary>
    public async Task<ConfirmationOutcome> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!AlertTokens.LooksValid(token)) return ConfirmationOutcome.Invalid;
        var hash = AlertTokens.Hash(token!);
        var now = clock.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var alert = await db.Alerts.FirstOrDefaultAsync(a => a.ConfirmationTokenHash == hash, cancellationToken).ConfigureAwait(false);
            if (alert is null) return ConfirmationOutcome.Invalid;
            if (alert.State != AlertState.Pending) return ConfirmationOutcome.Confirmed;
            if (alert.CreatedAt < now.AddDays(-options.Value.ConfirmationDays)) return ConfirmationOutcome.Invalid;

            var twin = await db.Alerts.FirstOrDefaultAsync(
                a => a.Id != alert.Id && a.Email == alert.Email && a.Query == alert.Query && a.State != AlertState.Pending, cancellationToken).ConfigureAwait(false);
            if (twin is not null)
            {
                twin.Frequency = alert.Frequency;
                twin.UserId ??= alert.UserId;
                if (twin.State == AlertState.Paused) Start(twin, now);
                twin.Version = Guid.NewGuid();
                db.Alerts.Remove(alert);
            }
            else
            {
                Start(alert, now);
            }
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return ConfirmationOutcome.Confirmed;
        }
    }

    /// <summary>Deletes the alert of an unsubscribe token (and its digests). False when there was none (already done).</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!AlertTokens.LooksValid(token)) return false;
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var alert = await db.Alerts.FirstOrDefaultAsync(a => a.UnsubscribeToken == token, cancellationToken).ConfigureAwait(false);
            if (alert is null) return false;
            db.Alerts.Remove(alert);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>A person's alerts: made while signed in, or made with their account's address; newest first.</summary>
    public async Task<IReadOnlyList<Alert>> ForPersonAsync(Guid userId, string? email, CancellationToken cancellationToken = default)
    {
        var address = email is null ? null : Normalise(email);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var alerts = await db.Alerts.AsNoTracking().Where(a => a.UserId == userId || a.Email == address).ToListAsync(cancellationToken).ConfigureAwait(false);
            return alerts.OrderByDescending(a => a.CreatedAt).ToList();
        }
    }

    /// <summary>Applies a command to one of the person's alerts; false when it is not theirs (or no longer exists).</summary>
    public async Task<bool> ChangeAsync(Guid userId, string? email, Guid alertId, AlertCommand command, CancellationToken cancellationToken = default)
    {
        var address = email is null ? null : Normalise(email);
        var now = clock.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == alertId && (a.UserId == userId || a.Email == address), cancellationToken).ConfigureAwait(false);
            if (alert is null) return false;
            switch (command)
            {
                case AlertCommand.Daily: alert.Frequency = AlertFrequency.Daily; break;
                case AlertCommand.Weekly: alert.Frequency = AlertFrequency.Weekly; break;
                case AlertCommand.Pause when alert.State == AlertState.Active: alert.State = AlertState.Paused; break;
                // Resuming starts afresh: the calls of the paused weeks are not sent in one go.
                case AlertCommand.Resume when alert.State == AlertState.Paused: Start(alert, now); break;
                case AlertCommand.Delete: db.Alerts.Remove(alert); break;
                default: return true;
            }
            if (command != AlertCommand.Delete) alert.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    private void Start(Alert alert, DateTimeOffset now)
    {
        alert.State = AlertState.Active;
        alert.ConfirmedAt ??= now;
        alert.ActiveSince = now;
        alert.Watermark = now;
        alert.LastDigestOn = CallStatusRules.TodayInParis(clock);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert request ignored: too many unconfirmed alerts for one address")]
    private partial void LogTooManyPending();
}
