using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Accounts;
using Plateforme.Accounts.Mail;
using Plateforme.Alerts.Mail;
using Plateforme.Alerts.Store;

namespace Plateforme.Alerts.Digests;

/// <summary>
/// Step two of a run: every pending digest is e-mailed, then marked sent. The message id is the digest's own, so a
/// digest sent again after a crash between the two replaces its earlier copy in the pickup folder.
/// </summary>
public sealed partial class DigestSender(IDbContextFactory<AlertsDbContext> contexts, IMailer mailer, IOptions<PublicSiteOptions> site, TimeProvider clock, ILogger<DigestSender> logger)
{
    public static string MessageId(Guid digestId) => $"alerte-{digestId:N}@plateforme";

    /// <summary>Sends the pending digests, oldest first; one that fails stays pending for the next run.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> pending;
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var digests = await db.Digests.AsNoTracking().Where(d => d.SentAt == null).Select(d => new { d.Id, d.ComposedAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            pending = digests.OrderBy(d => d.ComposedAt).Select(d => d.Id).ToList();
        }

        var sent = 0;
        foreach (var id in pending)
        {
            try
            {
                if (await SendAsync(id, cancellationToken).ConfigureAwait(false)) sent++;
            }
            catch (Exception failure) when (failure is IOException or InvalidOperationException or MailKit.ServiceNotConnectedException
                or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or System.Net.Sockets.SocketException)
            {
                LogSendFailed(failure, id);
            }
        }
        return sent;
    }

    private async Task<bool> SendAsync(Guid digestId, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var digest = await db.Digests.Include(d => d.Calls).FirstOrDefaultAsync(d => d.Id == digestId, cancellationToken).ConfigureAwait(false);
            if (digest is null || digest.SentAt is not null) return false;
            var alert = await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == digest.AlertId, cancellationToken).ConfigureAwait(false);
            if (alert is null) return false;

            var mail = AlertMails.Digest(alert, digest, site.Value) with { MessageId = MessageId(digest.Id) };
            await mailer.SendAsync(mail, cancellationToken).ConfigureAwait(false);
            Plateforme.Data.Faults.FaultPoints.Reach("alerts.digest.after-send");
            digest.SentAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest {DigestId} not sent; it stays pending for the next run")]
    private partial void LogSendFailed(Exception exception, Guid digestId);
}
