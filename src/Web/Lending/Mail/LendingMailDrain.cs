using Plateforme.Data.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Plateforme.Accounts.Mail;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Messages;

namespace Plateforme.Web.Lending.Mail;

/// <summary>
/// Sends the lending outbox by e-mail, oldest first, on a timer of the injected <see cref="TimeProvider"/>, and
/// marks each message sent once its e-mails are handed to the mailer. Drains never overlap, so within this process
/// a message is sent once; a crash between the hand-over and the mark would send it again at the next start.
/// A message that fails waits before its next attempt and the drain goes on with the others; a few failures in a
/// row mean the mail server is away, and the drain stops until the next tick.
/// </summary>
public sealed partial class LendingMailDrain(
    OutgoingMessages outbox,
    LendingMailComposer composer,
    IMailer mailer,
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<LendingMailOptions> options,
    ILogger<LendingMailDrain> logger) : BackgroundService
{
    private readonly SemaphoreSlim draining = new(1, 1);

    /// <summary>Sends what is waiting now (after any drain in progress); returns the number of messages sent.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        await draining.WaitAsync(cancellationToken);
        try
        {
            var sent = 0;
            var batchSize = options.Value.BatchSize;
            while (true)
            {
                // Messages that failed in this drain wait for their retry time, so the next batch holds others.
                var batch = await outbox.ListDueAsync(batchSize, cancellationToken);
                var (done, serverAway) = await SendAsync(batch, cancellationToken);
                sent += done;
                if (serverAway || batch.Count < batchSize) return sent;
            }
        }
        finally
        {
            draining.Release();
        }
    }

    private async Task<(int Sent, bool ServerAway)> SendAsync(IReadOnlyList<OutgoingMessage> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0) return (0, false);
        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var sent = 0;
        var failuresInARow = 0;
        foreach (var message in batch)
        {
            try
            {
                foreach (var mail in await composer.ComposeAsync(message, users, cancellationToken))
                {
                    await mailer.SendAsync(mail, cancellationToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
            {
                var givenUp = await outbox.MarkFailedAsync(message.Id, MailFailure.Describe(exception), options.Value.MaxAttempts, cancellationToken);
                if (givenUp) LogGivenUp(exception, message.Id, message.Kind, options.Value.MaxAttempts);
                else LogFailed(exception, message.Id, message.Kind);
                if (++failuresInARow >= options.Value.FailuresBeforePause) return (sent, true);
                continue;
            }

            failuresInARow = 0;
            Plateforme.Data.Faults.FaultPoints.Reach("lending.mail.after-send");
            await outbox.MarkSentAsync(message.Id, cancellationToken);
            sent++;
        }

        return (sent, false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        try
        {
            do
            {
                try
                {
                    await DrainAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
                {
                    // The outbox could not be read (database busy or gone): the next tick tries again.
                    LogDrainFailed(exception);
                }
            }
            while (await timer.NextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public override void Dispose()
    {
        draining.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lending message {MessageId} ({Kind}) could not be sent; tried again later")]
    private partial void LogFailed(Exception exception, Guid messageId, OutgoingMessageKind kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lending message {MessageId} ({Kind}) given up after {Attempts} failed attempts: its recipients must be told another way")]
    private partial void LogGivenUp(Exception exception, Guid messageId, OutgoingMessageKind kind, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "The lending outbox could not be drained")]
    private partial void LogDrainFailed(Exception exception);
}
