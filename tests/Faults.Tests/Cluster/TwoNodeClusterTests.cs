using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.DemoData;
using Plateforme.Faults.Tests.Harness;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Xunit.Abstractions;

namespace Plateforme.Faults.Tests.Cluster;

/// <summary>
/// The multi-node mode end to end: two real web processes (Cluster:Enabled) on one throwaway PostgreSQL database,
/// each with its own Lucene replica, and Debian's haproxy with a sticky cookie in front of them.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed partial class TwoNodeClusterTests(FaultsFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan WithinSeconds = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Two_nodes_share_calls_sign_in_and_forms_run_the_clock_once_and_the_survivor_serves_the_session_of_a_killed_node()
    {
        await using var siteA = await FaultSite.PostgresAsync(fixture.Postgres);
        siteA.Configure("Cluster:Enabled", "true");
        siteA.Configure("Lending:Clock:Enabled", "true");
        siteA.Configure("Lending:Clock:Interval", "00:00:02");
        siteA.Configure("Logging:LogLevel:Plateforme.Data.Cluster", "Information");
        await using var siteB = siteA.AnotherNode();
        siteA.Configure("Cluster:NodeName", "a");
        siteB.Configure("Cluster:NodeName", "b");

        // One after the other: the first migrates and seeds the administrator, the second finds it done.
        var nodeA = await WebProcess.StartAsync(siteA);
        var nodeB = await WebProcess.StartAsync(siteB);
        await using var ownA = nodeA;
        await using var ownB = nodeB;
        Assert.False(nodeA.HasExited || nodeB.HasExited, nodeA.Output + nodeB.Output);
        var (a, b) = (siteA.Address, siteB.Address);

        // A sign-in on A is valid on B: both read the key ring in the database.
        using var moderator = new ClusterBrowser();
        Assert.Equal(HttpStatusCode.Redirect, await moderator.SubmitAsync(a, a, "/compte/connexion", "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = FaultSite.AdminEmail,
            ["Input.Password"] = FaultSite.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync(b, "/moderation/appels")).Status);

        var (first, second) = await WaitingCallsAsync(siteA);

        // An antiforgery form issued by A posts on B; the call B publishes is found through A.
        var posted = await moderator.SubmitAsync(a, b, $"/moderation/appels/{first.Id}", "approve-form", new Dictionary<string, string>());
        Assert.True(posted is HttpStatusCode.OK or HttpStatusCode.Redirect, $"The approval posted on B answered {posted}.");
        await Eventually.TrueAsync(() => FindsAsync(moderator, a, first), "the call published through B is found through A", WithinSeconds);

        // A call published through A is found through B within seconds.
        Assert.True(await moderator.SubmitAsync(a, a, $"/moderation/appels/{second.Id}", "approve-form", new Dictionary<string, string>())
            is HttpStatusCode.OK or HttpStatusCode.Redirect);
        var watch = Stopwatch.StartNew();
        await Eventually.TrueAsync(() => FindsAsync(moderator, b, second), "the call published through A is found through B", WithinSeconds);
        output.WriteLine($"Found through B {watch.ElapsedMilliseconds} ms after its publication through A.");

        // The lending clock fires on one node at a time: no fire is run twice.
        var fires = await Eventually.ValueAsync(() => ClockFires(nodeA, nodeB), f => f.Select(x => x.Fire).Distinct().Count() >= 3,
            "three fires of the lending clock", TimeSpan.FromSeconds(20));
        var twice = fires.GroupBy(f => f.Fire).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, $"Fires run on two nodes: {string.Join(", ", twice)}");

        // Through the proxy: a session sticks to one node; that node is killed mid-session, the other serves it.
        await using var proxy = await ReverseProxy.StartAsync(new Dictionary<string, Uri> { ["a"] = a, ["b"] = b });
        using var visitor = new ClusterBrowser();
        Assert.Equal(HttpStatusCode.Redirect, await visitor.SubmitAsync(proxy.Address, proxy.Address, "/compte/connexion", "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = FaultSite.AdminEmail,
            ["Input.Password"] = FaultSite.AdminPassword,
        }));
        var before = await visitor.GetAsync(proxy.Address, "/moderation/appels");
        Assert.True(before.Status == HttpStatusCode.OK, $"The proxy answered {before.Status}:\n{proxy.Output}");
        var sticky = ServedBy(before.Response);
        Assert.Equal(sticky, ServedBy((await visitor.GetAsync(proxy.Address, "/moderation/appels")).Response));

        await (sticky == "a" ? nodeA : nodeB).KillAsync();
        // The proxy sees the node gone at its next check (every second) and re-sends the request to the other one.
        var after = await Eventually.ValueAsync(() => visitor.GetAsync(proxy.Address, "/moderation/appels"), page =>
        {
            if (page.Status != HttpStatusCode.OK) output.WriteLine($"{page.Status} from '{ServedBy(page.Response)}': {page.Html.Body?.TextContent[..Math.Min(300, page.Html.Body.TextContent.Length)]}");
            return page.Status == HttpStatusCode.OK;
        }, "the signed-in session served by the surviving node", TimeSpan.FromSeconds(10));
        Assert.NotEqual(sticky, ServedBy(after.Response));
        Assert.True(await FindsAsync(visitor, proxy.Address, first) && await FindsAsync(visitor, proxy.Address, second),
            "Both published calls are still found through the proxy after the loss of a node.");
    }

    /// <summary>Two calls waiting for review, written as a crawler would (the outbox rows come with them).</summary>
    private static async Task<(FundingCall First, FundingCall Second)> WaitingCallsAsync(FaultSite site)
    {
        var calls = DemoCatalogue.Generate(20, seed: 13, DateOnly.FromDateTime(DateTime.UtcNow)).Calls.Take(2).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string[] words = ["zorglubalpha", "zorglubbeta"];
        for (var i = 0; i < calls.Count; i++)
        {
            calls[i].State = ModerationState.ToReview;
            calls[i].Title = $"Fonds {words[i]} pour les tiers-lieux";
            calls[i].OpensOn = null;
            calls[i].Deadline = today.AddDays(60);
        }

        var contexts = site.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        db.Funders.AddRange(DemoCatalogue.Funders());
        db.FundingCalls.AddRange(calls);
        await db.SaveChangesAsync();
        return (calls[0], calls[1]);
    }

    private static async Task<bool> FindsAsync(ClusterBrowser browser, Uri node, FundingCall call)
    {
        var word = call.Title.Split(' ')[1];
        var (status, html, _) = await browser.GetAsync(node, "/api/calls?q=" + word);
        return status == HttpStatusCode.OK && html.Body?.TextContent.Contains(call.Id.ToString(), StringComparison.OrdinalIgnoreCase) == true;
    }

    private static string ServedBy(HttpResponseMessage response) =>
        response.Headers.TryGetValues(ReverseProxy.ServedByHeader, out var values) ? values.Single() : "";

    private static List<(string Node, string Fire)> ClockFires(WebProcess nodeA, WebProcess nodeB) =>
        [.. ClockFire().Matches(nodeA.Output + nodeB.Output).Select(m => (m.Groups["node"].Value, m.Groups["fire"].Value))];

    [GeneratedRegex(@"job lending-clock ran on (?<node>\S+) for its fire of (?<fire>\S+) in")]
    private static partial Regex ClockFire();
}
