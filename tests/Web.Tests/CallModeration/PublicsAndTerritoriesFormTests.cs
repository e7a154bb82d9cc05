using System.Net;
using Plateforme.Search.Catalogue;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Pages;

namespace Plateforme.Web.Tests.CallModeration;

/// <summary>A funder names the publics a call serves and several territories; the call page and the search follow.</summary>
[Collection(CallModerationCollection.Name)]
public sealed class PublicsAndTerritoriesFormTests(AccountsApp app)
{
    [Fact]
    public async Task The_form_stores_the_publics_ticked_and_the_other_territories_typed_by_name()
    {
        using var funder = await app.FunderAsync();
        var fields = CallModerationArrange.CallFields(CallModerationArrange.Unique("Trois départements"), "enregistrer");
        fields["public"] = "jeunes";
        fields["Input.OtherTerritories"] = "Aisne\r\nOise, dep:80";

        var id = await funder.Client.SubmitAsync(funder.NewCallPath, "call-form", fields) is { Status: HttpStatusCode.Redirect } page
            ? Guid.Parse(page.Redirect!.Split('?')[0].Split('/')[^1])
            : throw new Xunit.Sdk.XunitException("The call form did not save the draft.");
        var call = await app.CallAsync(id);

        Assert.Equal("dep:80", call.Territory);
        Assert.Equal(["dep:80", "dep:02", "dep:60"], call.Territories);
        Assert.Equal(["jeunes"], call.Publics);
    }

    [Fact]
    public async Task The_form_offers_the_publics_by_their_french_names()
    {
        using var funder = await app.FunderAsync();

        var page = await funder.Client.GetAsync(funder.NewCallPath);

        var publics = page.Html.QuerySelectorAll("[data-testid=choice-publics] label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("Personnes handicapées", publics);
        Assert.Contains("Habitants des quartiers prioritaires", publics);
        Assert.NotNull(page.Html.QuerySelector("textarea[name='Input.OtherTerritories']"));
    }

    [Fact]
    public async Task An_unknown_other_territory_comes_back_with_a_french_message_naming_it()
    {
        using var funder = await app.FunderAsync();
        var fields = CallModerationArrange.CallFields(CallModerationArrange.Unique("Territoire imaginaire"), "enregistrer");
        fields["Input.OtherTerritories"] = "Aisne, Atlantide";

        var page = await funder.Client.SubmitAsync(funder.NewCallPath, "call-form", fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var errors = page.Html.QuerySelectorAll("[data-testid=field-error]").ToDictionary(e => e.GetAttribute("data-field")!, e => e.TextContent.Trim());
        Assert.Equal("Territoire inconnu : « Atlantide ». Tapez le nom complet d'une commune, d'un EPCI, d'un département ou d'une région.", errors["OtherTerritories"]);
    }

    [Fact]
    public async Task A_published_call_for_three_departements_is_found_from_each_and_its_page_names_them_all()
    {
        var call = CallModerationArrange.CrawledCall(CallModerationArrange.Unique("Chantiers trois départements"), ModerationState.Published);
        call.Territory = "dep:80";
        call.Territories = ["dep:80", "dep:02", "dep:60"];
        call.Publics = ["seniors", "familles"];
        await app.SaveAsync(call);
        await app.AssertEventuallySearchableAsync(call.Title, call.Id);
        using var client = app.App.CreateClient();

        foreach (var inside in new[] { "dep:02", "dep:60", "com:02691" })
        {
            Assert.Contains(call.Id.ToString(), await client.GetStringAsync($"/api/calls?territory={inside}&pageSize=100&q=" + Uri.EscapeDataString(call.Title)), StringComparison.Ordinal);
        }
        Assert.DoesNotContain(call.Id.ToString(), await client.GetStringAsync("/api/calls?territory=dep:59&pageSize=100&q=" + Uri.EscapeDataString(call.Title)), StringComparison.Ordinal);

        var html = await client.GetOkPageAsync("/appels/" + call.Slug);
        Assert.Equal("Somme, Aisne, Oise", html.QuerySelector("[data-testid=call-territories]")!.TextContent.Trim());
        Assert.Equal("Seniors, Familles", html.QuerySelector("[data-testid=call-publics]")!.TextContent.Trim());
        var api = await client.GetJsonAsync("/api/calls/" + call.Id);
        Assert.Equal(["Somme", "Aisne", "Oise"], api.GetProperty("territories").Values("label"));
    }
}
