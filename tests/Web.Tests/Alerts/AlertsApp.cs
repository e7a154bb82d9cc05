using Microsoft.Extensions.DependencyInjection;
using Plateforme.Alerts.Digests;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Alerts;

/// <summary>
/// The real application for the alert tests: the accounts' test settings, no digest scheduler (tests run the digests
/// themselves, moving the clock), and a rate limit high enough for a whole test class.
/// </summary>
public sealed class AlertsApp : IAsyncDisposable
{
    public AlertsApp()
        : this(new Dictionary<string, string?>())
    {
    }

    internal AlertsApp(IDictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Alerts:ScheduleEnabled"] = "false",
            ["Alerts:RateLimit:PermitLimit"] = "1000",
        };
        foreach (var (key, value) in overrides) settings[key] = value;
        Accounts = new AccountsApp(settings);
    }

    public AccountsApp Accounts { get; }

    public PlateformeApp App => Accounts.App;

    public Mailbox Mailbox => Accounts.Mailbox;

    public AccountClient NewVisitor() => Accounts.NewVisitor();

    /// <summary>One digest run, as the scheduler makes it at 07:00.</summary>
    public Task<DigestRunResult> RunDigestsAsync() => App.Services.GetRequiredService<DigestRunner>().RunAsync();

    /// <summary>Moves the clock to the next day at 07:00 in Paris (06:00 UTC in winter).</summary>
    public void NextMorning()
    {
        var now = App.Clock.GetUtcNow();
        App.Clock.Advance(DigestSchedule.NextRun(now, 7) - now);
    }

    public ValueTask DisposeAsync() => Accounts.DisposeAsync();
}
