using Plateforme.Data.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Plateforme.Accounts;
using Plateforme.Accounts.Mail;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;
using Plateforme.Crawler.Health;
using Plateforme.Crawler.Health.Alarms;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Admin.Sources.Alarms;

/// <summary>
/// Looks at every source's health on a timer and, when a source turns « en échec » or « rendement en baisse »,
/// e-mails the platform's administrators and the staff (administrators, moderators) of the structure that keeps the
/// source: once per change of state, recorded by <see cref="SourceAlarmLedger"/> so that a restart or a second node
/// sends nothing again. A source back to health sends nothing: its next failure is a new change and alarms again.
/// </summary>
public sealed partial class SourceAlarmMonitor(
    IServiceScopeFactory scopes,
    IMailer mailer,
    TimeProvider time,
    IOptions<SourceAlarmOptions> options,
    IOptions<PublicSiteOptions> site,
    ILogger<SourceAlarmMonitor> logger) : BackgroundService
{
    private const int ErrorSamples = 3;
    private const int ErrorLength = 300;
    private readonly SemaphoreSlim checking = new(1, 1);

    /// <summary>Records each source's state and sends the alarms due; returns the number of alarms sent.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken = default)
    {
        await checking.WaitAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            var services = scope.ServiceProvider;
            var ledger = services.GetRequiredService<SourceAlarmLedger>();
            var sent = 0;
            foreach (var status in await services.GetRequiredService<SourceStatusQuery>().AllAsync(cancellationToken))
            {
                var id = status.Definition.Id;
                var state = status.Health.State;
                await ledger.ObserveAsync(id, state, cancellationToken);
                if (!await ledger.ClaimAsync(id, state, cancellationToken)) continue;
                try
                {
                    await SendAsync(services, status, cancellationToken);
                    sent++;
                }
                catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
                {
                    LogFailed(exception, id);
                    await ledger.ReleaseAsync(id, state, CancellationToken.None);
                }
            }

            return sent;
        }
        finally
        {
            checking.Release();
        }
    }

    private async Task SendAsync(IServiceProvider services, SourceStatus status, CancellationToken cancellationToken)
    {
        var definition = status.Definition;
        var label = SourceLabels.Health(status.Health.State);
        var subject = string.Format(FrenchFormat.Culture, SourceAlarmText.Subject, label.ToLower(FrenchFormat.Culture), definition.Name);
        var body = string.Format(FrenchFormat.Culture, SourceAlarmText.Body, definition.Name, label, SourceLabels.DateTime(time.GetUtcNow()), status.Health.Reason);
        var errors = status.LastRun?.Errors.Take(ErrorSamples).Select(e => "• " + (e.Length > ErrorLength ? e[..ErrorLength] + "…" : e)).ToList() ?? [];
        List<string> sample = errors.Count == 0 ? [SourceAlarmText.NoErrors] : [SourceAlarmText.ErrorsIntro, .. errors];

        var adminLink = site.Value.Link("/admin/sources/" + Uri.EscapeDataString(definition.Id));
        var users = services.GetRequiredService<UserManager<PlatformUser>>();
        var told = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var admin in await users.GetUsersInRoleAsync(PlatformRoles.Administrator))
        {
            if (admin.Email is not { } email || !told.Add(email)) continue;
            await mailer.SendAsync(StructureMails.Compose(email, admin.DisplayName, subject, [body, .. sample, SourceAlarmText.AdminAction], adminLink), cancellationToken);
        }

        if (await services.GetRequiredService<SourceOwners>().OwnerOfAsync(definition.Id, cancellationToken) is not { } structureId) return;
        var structures = services.GetRequiredService<StructureService>();
        if (await structures.FindAsync(structureId, cancellationToken) is not { } structure) return;
        // The structure's staff cannot open the administrators' page: they get the public state of the sources.
        var publicLink = site.Value.Link("/sources");
        var ownerNote = string.Format(FrenchFormat.Culture, SourceAlarmText.OwnerBody, structure.Name);
        foreach (var member in await structures.StaffAsync(structureId, cancellationToken))
        {
            if (member.Role is not (StaffRole.Administrator or StaffRole.Moderator) || !told.Add(member.Email)) continue;
            await mailer.SendAsync(StructureMails.Compose(member.Email, member.DisplayName, subject, [body, .. sample, ownerNote, SourceAlarmText.OwnerAction], publicLink), cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        try
        {
            while (await timer.NextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
                {
                    // The sources could not be read (database busy or gone): the next tick tries again.
                    LogCheckFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public override void Dispose()
    {
        checking.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The alarm of source {SourceId} could not be sent; retried at the next check")]
    private partial void LogFailed(Exception exception, string sourceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sources' health could not be checked for alarms")]
    private partial void LogCheckFailed(Exception exception);
}
