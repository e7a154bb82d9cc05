using Plateforme.Alerts.Digests;
using Plateforme.Search.Indexing;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Alerts;

/// <summary>The digests run by themselves at 07:00 in Paris, on the application's clock.</summary>
public sealed class DigestSchedulerTests : IAsyncLifetime
{
    private readonly AlertsApp app = new(new Dictionary<string, string?> { ["Alerts:ScheduleEnabled"] = "true" });

    [Theory]
    [InlineData("2026-11-23T09:00:00Z", "2026-11-24T06:00:00Z")]
    [InlineData("2026-11-23T05:59:00Z", "2026-11-23T06:00:00Z")]
    [InlineData("2027-03-27T12:00:00Z", "2027-03-28T05:00:00Z")]
    [InlineData("2027-10-30T12:00:00Z", "2027-10-31T06:00:00Z")]
    public void The_next_run_is_at_seven_in_Paris_summer_or_winter(string now, string expected)
    {
        var next = DigestSchedule.NextRun(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), 7);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
        Assert.Equal(7, TimeZoneInfo.ConvertTime(next, ParisTime.Zone).Hour);
    }

    [Fact]
    public async Task At_seven_the_scheduler_sends_the_digest_without_anyone_asking()
    {
        var word = AlertFlows.NewWord();
        var email = AccountFlows.NewEmail("planifiee");
        await app.ConfirmedAlertAsync($"?q={word}", email);
        var call = await app.App.PublishCallAsync($"Bibliothèques de rue {word}");

        app.NextMorning();

        var until = DateTime.UtcNow.AddSeconds(15);
        while ((await app.Mailbox.DigestsAsync(email)).Count == 0)
        {
            Assert.True(DateTime.UtcNow < until, "No digest arrived after the clock reached 07:00.");
            await Task.Delay(50);
        }
        Assert.Equal(1, await app.Mailbox.TimesSentAsync(email, call));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
