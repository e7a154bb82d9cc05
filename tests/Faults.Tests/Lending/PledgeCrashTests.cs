using Plateforme.Faults.Tests.Harness;

namespace Plateforme.Faults.Tests.Lending;

/// <summary>
/// The real host is killed (SIGKILL) during bursts of concurrent pledges: from outside at a random moment, inside the
/// pledge's transaction before its commit (SQLite's checked path), right after the commit before the answer, and
/// between an e-mail's hand-over to the mailer and its « sent » mark. After each death it is restarted, and at the
/// end every lending invariant must hold and every confirmation e-mail must have left.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class PledgeCrashTests(FaultsFixture fixture)
{
    private const int PledgesPerLender = 6;

    public static TheoryData<string, string[]> Points => new()
    {
        // PostgreSQL records a paid pledge in one statement: it never passes the checked path's point before the commit.
        { "Sqlite", ["lending.pledge.before-commit#4", "lending.pledge.after-commit#4", "lending.mail.after-send#3"] },
        { "PostgreSql", ["lending.pledge.after-commit#4", "lending.mail.after-send#3"] },
    };

    [Theory]
    [MemberData(nameof(Points))]
    public async Task Killed_during_pledge_bursts_the_host_restarts_with_every_pledge_whole_and_every_email_sent(string provider, string[] points)
    {
        // The collection runs its tests one at a time: the violations after this count are this test's.
        var violationsBefore = fixture.Figures.Violations.Count;
        await using var site = await fixture.SiteAsync(provider);
        var lives = new Lives(site, fixture.Figures);
        var burst = new PledgeBurst(site);
        try
        {
            // First life: arrange, then a burst killed from outside at a random moment.
            var host = await lives.StartAsync();
            await burst.ArrangeAsync();
            var pledging = burst.RunAsync(PledgesPerLender);
            await Task.Delay(Random.Shared.Next(150, 900));
            await lives.KillAsync(host);
            await pledging;
            await LendingInvariants.CheckRecordsAsync(site, burst, fixture.Figures, "after a kill from outside");

            foreach (var point in points)
            {
                host = await lives.StartAsync(point);
                pledging = burst.RunAsync(PledgesPerLender);
                await lives.DiedAtPointAsync(host, point);
                await pledging;
                await LendingInvariants.CheckRecordsAsync(site, burst, fixture.Figures, "after " + point);
            }

            await using var last = await lives.StartAsync();
            await burst.RunAsync(2);
            await LendingInvariants.CheckRecordsAsync(site, burst, fixture.Figures, "at the end");
            await LendingInvariants.CheckMailsAsync(site, burst, fixture.Figures);
        }
        finally
        {
            burst.Dispose();
        }

        Assert.True(burst.Acknowledged.Count > 0, $"No pledge was ever answered: {string.Join("; ", burst.Refusals.Take(5))}");
        Assert.Empty(fixture.Figures.Violations.Skip(violationsBefore));
    }
}
