using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Alerts;

/// <summary>The digests run by themselves at 07:00 in Paris, on the application's clock.</summary>
public sealed class DigestSchedulerTests : IAsyncLifetime
{
    private readonly AlertsApp app = new(new Dictionary<string, string?> { ["Alerts:ScheduleEnabled"] = "true" });

    [Fact]
    public async Task At_seven_the_scheduler_sends_the_digest_without_anyone_asking()
    {
        var word = AlertFlows.NewWord();
        var email = AccountFlows.NewEmail("planifiee");
        await app.ConfirmedAlertAsync($"?q={word}", email);
        var call = await app.App.PublishCallAsync($"Bibliothèques de rue {word}");

        app.NextMorning();

        await Eventually.TrueAsync(async () => (await app.Mailbox.DigestsAsync(email)).Count > 0, "a digest after the clock reached 07:00");
        Assert.Equal(1, await app.Mailbox.TimesSentAsync(email, call));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
