using Bunit;
using Plateforme.Crawler.Health;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Store;
using Plateforme.Web.Admin.Sources;

namespace Plateforme.Web.Tests.Components;

/// <summary>The health column of /admin/sources never says « OK » beside « Le dernier passage a échoué ».</summary>
public sealed class HealthBadgeTests : ComponentTestContext
{
    private static readonly SourceDefinition Amiens = new()
    {
        Id = "ville-amiens",
        Name = "Ville d'Amiens",
        Funder = new FunderOrganisation("Ville d'Amiens", "ville-amiens"),
        Schedule = "0 0 6 * * ?",
        Licence = "Licence Ouverte 2.0",
    };

    private IRenderedComponent<HealthBadge> RenderBadge(SourceHealthState state, string reason, CrawlRunOutcome lastOutcome) =>
        Render<HealthBadge>(p => p.Add(b => b.Source, new SourceStatus(
            Amiens, new SourceHealth(state, "ok", reason), new CrawlRun { SourceId = Amiens.Id, Outcome = lastOutcome }, Running: false, DeadLinkCount: 0)));

    [Fact]
    public void A_healthy_source_whose_last_run_failed_is_a_warning_not_OK()
    {
        var badge = RenderBadge(SourceHealthState.Ok, "Le dernier passage a échoué, mais pas les précédents.", CrawlRunOutcome.Failed);

        Assert.Equal("Dernier passage en échec", badge.Find("[data-testid=health-badge]").TextContent);
        Assert.Equal("warning", badge.Find("[data-testid=health-badge]").GetAttribute("data-tone"));
    }

    [Fact]
    public void A_healthy_source_whose_last_run_succeeded_is_OK()
    {
        var badge = RenderBadge(SourceHealthState.Ok, "Le dernier passage a trouvé 12 élément(s).", CrawlRunOutcome.Succeeded);

        Assert.Equal("OK", badge.Find("[data-testid=health-badge]").TextContent);
        Assert.Equal("success", badge.Find("[data-testid=health-badge]").GetAttribute("data-tone"));
    }

    [Fact]
    public void A_failing_source_is_shown_as_danger()
    {
        var badge = RenderBadge(SourceHealthState.Failing, "Les 3 derniers passages ont échoué.", CrawlRunOutcome.Failed);

        Assert.Equal("danger", badge.Find("[data-testid=health-badge]").GetAttribute("data-tone"));
    }
}
