using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Statistics;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.LendingArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>The public statistics page shows the ledger's figures to anyone.</summary>
[Collection(DashboardCollection.Name)]
public sealed class StatisticsPageTests(DashboardApp fixture)
{
    private readonly AccountsApp app = fixture.App;

    [Fact]
    public async Task Anyone_sees_amounts_lent_and_repaid_funded_campaigns_and_lenders_as_the_ledger_counts_them()
    {
        var carrierId = await app.NewCarrierAsync("Atelier partagé");
        var campaign = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Projet compté", 30_000, termMonths: 3));
        await app.LendAsync(campaign.Id, "preteur-a-" + Guid.NewGuid().ToString("N"), 10_000);
        await app.LendAsync(campaign.Id, "preteur-b-" + Guid.NewGuid().ToString("N"), 20_000);
        await app.CloseAndDisburseAsync(campaign.Id);
        await app.RepayAsync(campaign.Id, 10_000);
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync("/prets/statistiques");
        var expected = await app.WithStoreAsync(services => services.GetRequiredService<LendingStatisticsService>().GetAsync());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(expected.LentCents >= 30_000 && expected.RepaidCents >= 10_000 && expected.Lenders >= 2 && expected.CampaignsFunded >= 1);
        Assert.Equal(Plain(Plateforme.Lending.Money.Cents.Format(expected.LentCents)), Plain(page.Html.QuerySelector("[data-testid=stats-lent]")!.TextContent));
        Assert.Equal(Plain(Plateforme.Lending.Money.Cents.Format(expected.RepaidCents)), Plain(page.Html.QuerySelector("[data-testid=stats-repaid]")!.TextContent));
        Assert.Equal(expected.CampaignsFunded.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Html.QuerySelector("[data-testid=stats-campaigns]")!.TextContent.Trim());
        Assert.Equal(expected.Lenders.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Html.QuerySelector("[data-testid=stats-lenders]")!.TextContent.Trim());
        Assert.Equal(LendingStatisticsService.MonthsShown, page.Html.QuerySelectorAll("[data-testid=stats-month]").Length);
    }

    [Fact]
    public async Task The_monthly_figures_are_drawn_as_a_chart_of_dues_and_missed_payments()
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync("/prets/statistiques");
        var figures = await app.WithStoreAsync(services => services.GetRequiredService<LendingStatisticsService>().GetAsync());

        var chart = page.Html.QuerySelector("[data-testid=stats-chart]")!;
        Assert.Equal(LendingStatisticsService.MonthsShown, chart.QuerySelectorAll("[data-testid=chart-table] tbody tr").Length);
        if (figures.Months.Any(m => m.DueCents > 0 || m.MissedCents > 0))
        {
            Assert.Equal("img", chart.QuerySelector("svg")!.GetAttribute("role"));
            Assert.Equal(LendingStatisticsService.MonthsShown * 2, chart.QuerySelectorAll("svg rect").Length);
        }
        else
        {
            // No instalment fell due in the months shown: the chart says so rather than drawing a flat line.
            Assert.NotNull(chart.QuerySelector("[data-testid=chart-empty]"));
        }
    }
}
