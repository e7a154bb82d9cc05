using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.LendingArrange;
using Plateforme.Web.Lending.Dashboards;

namespace Plateforme.Web.Tests.Lending;

/// <summary>The public list filters by territory name and category; the pledge form says what a lender will receive each month.</summary>
[Collection(DashboardCollection.Name)]
public sealed class CampaignListAndPledgeLineTests(DashboardApp fixture)
{
    private readonly AccountsApp app = fixture.App;

    [Theory]
    [InlineData(240_00, 24, "Vous recevrez 10 € par mois pendant 24 mois.")]
    [InlineData(100_01, 3, "Vous recevrez 33,33 € par mois pendant 3 mois (33,34 € les 2 premiers mois).")]
    [InlineData(5_000_00, 36, "Vous recevrez 138,88 € par mois pendant 36 mois (138,89 € les 32 premiers mois).")]
    public void The_monthly_line_follows_the_schedule_rule(long cents, int term, string expected) =>
        Assert.Equal(expected, Plain(MonthlyAmountLine.For(cents, term)));

    [Fact]
    public async Task The_campaign_page_computes_the_monthly_line_on_the_server_for_the_amount_typed()
    {
        var carrierId = await app.NewCarrierAsync("Atelier partagé");
        var campaign = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Projet mensuel", 50_000, termMonths: 3, graceMonths: 2));
        using var visitor = app.NewVisitor();

        var empty = await visitor.GetAsync($"/prets/{campaign.Id}");
        var page = await visitor.GetAsync($"/prets/{campaign.Id}?montant=100,01");

        Assert.NotNull(empty.Html.QuerySelector("[data-testid=monthly-form]"));
        Assert.Equal("", empty.Html.QuerySelector("[data-testid=live-line]")!.TextContent.Trim());
        // Ends tomorrow (the collection's clock moves, so read the date), two months of grace, three instalments:
        // the first falls three months after the end date, the last five (24 November → February to April).
        var french = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        var first = campaign.EndDate.AddMonths(3).ToString("MMMM yyyy", french);
        var last = campaign.EndDate.AddMonths(5).ToString("MMMM yyyy", french);
        Assert.Equal($"Vous recevrez 33,33 € par mois de {first} à {last} (33,34 € les 2 premiers mois).", Plain(page.Html.QuerySelector("[data-testid=live-line]")!.TextContent));
    }

    [Fact]
    public async Task The_list_filters_by_territory_names_including_the_departement_and_by_category()
    {
        var carrierId = await app.NewCarrierAsync("Atelier partagé");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var lille = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Lille " + tag, 50_000) with { Category = "mobilite-" + tag });
        var amiens = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Amiens " + tag, 50_000) with { Territory = "com:80021", Category = "alimentation-" + tag });
        using var visitor = app.NewVisitor();

        var all = await visitor.GetAsync("/prets");
        var nord = await visitor.GetAsync("/prets?territoire=dep:59");
        var food = await visitor.GetAsync($"/prets?categorie=alimentation-{tag}");
        var none = await visitor.GetAsync($"/prets?territoire=dep:59&categorie=alimentation-{tag}");

        var territories = all.Html.QuerySelectorAll("#filtre-territoire option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("Lille", territories);
        Assert.Contains("Nord", territories);
        Assert.Contains("Somme", territories);
        Assert.Contains("Hauts-de-France", territories);
        Assert.DoesNotContain("dep:59", territories);
        Assert.Equal("Amiens (Somme)", all.Html.QuerySelector($"[data-campaign='{amiens.Id}'] [data-testid=territory]")!.TextContent.Trim());
        Assert.NotNull(nord.Html.QuerySelector($"[data-campaign='{lille.Id}']"));
        Assert.Null(nord.Html.QuerySelector($"[data-campaign='{amiens.Id}']"));
        Assert.NotNull(food.Html.QuerySelector($"[data-campaign='{amiens.Id}']"));
        Assert.Null(food.Html.QuerySelector($"[data-campaign='{lille.Id}']"));
        Assert.NotNull(none.Html.QuerySelector("[data-testid=campaigns-filtered-empty]"));
        Assert.NotNull(all.Html.QuerySelector($"[data-campaign='{lille.Id}'] [data-testid=progress]"));
        Assert.Equal("Jours restants : 1", Plain(all.Html.QuerySelector($"[data-campaign='{lille.Id}'] [data-testid=days-left]")!.TextContent));
    }
}
