using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Search.Reference;
using Plateforme.Web.Lending.Campaigns;
using Plateforme.Web.Tests.Components;

namespace Plateforme.Web.Tests.Lending;

/// <summary>
/// Issue 17: the carrier form's « Commune du projet » is the search's territory picker: suggestions while typing a
/// name or a postal code, homonyms told apart by their département, the pick posted as a code and shown by name.
/// </summary>
public sealed class CarrierTerritoryPickerTests : ComponentTestContext
{
    public CarrierTerritoryPickerTests()
    {
        Services.AddSingleton(TerritoryDirectory.Default);
    }

    private IRenderedComponent<TerritoryField> RenderField(string? text = null, string? code = null) =>
        Render<TerritoryField>(p => p.Add(f => f.Text, text).Add(f => f.Code, code));

    private static List<(string Label, string Hint)> Suggestions(IRenderedComponent<TerritoryField> field) =>
        [.. field.FindAll("[role=option]").Select(o => (o.QuerySelector(".combo__option-label")!.TextContent, o.QuerySelector(".combo__option-hint")?.TextContent ?? ""))];

    [Fact]
    public void Typing_a_name_two_communes_share_offers_both_told_apart_by_their_departement()
    {
        var field = RenderField();

        field.Find("#territoire").Input("Villers-Bocage");

        var suggestions = Suggestions(field);
        Assert.Contains(("Villers-Bocage", "14310, Calvados"), suggestions);
        Assert.Contains(("Villers-Bocage", "80260, Somme"), suggestions);
        Assert.Equal("true", field.Find("#territoire").GetAttribute("aria-expanded"));
        Assert.Equal("territoire-liste", field.Find("#territoire").GetAttribute("aria-controls"));
    }

    [Fact]
    public void Typing_a_postal_code_offers_every_commune_it_covers()
    {
        var field = RenderField();

        field.Find("#territoire").Input("80260");

        var suggestions = Suggestions(field);
        Assert.Equal(24, suggestions.Count);
        Assert.All(suggestions, s => Assert.Equal("80260, Somme", s.Hint));
        Assert.Contains(("Villers-Bocage", "80260, Somme"), suggestions);
        Assert.Contains(("Bertangles", "80260, Somme"), suggestions);
    }

    [Fact]
    public void Picking_with_the_keyboard_posts_the_code_and_shows_the_place_by_its_name()
    {
        var field = RenderField();
        field.Find("#territoire").Input("Villers-Bocage");
        var calvados = Suggestions(field).FindIndex(s => s.Hint == "14310, Calvados");

        for (var i = 0; i <= calvados; i++) field.Find("#territoire").KeyDown("ArrowDown");
        field.Find("#territoire").KeyDown("Enter");

        Assert.Equal("com:14752", field.Find("input[type=hidden][name='Input.Territory']").GetAttribute("value"));
        Assert.Equal("Villers-Bocage (Calvados)", field.Find("#territoire").GetAttribute("value"));
        Assert.Equal("Input.TerritoryText", field.Find("#territoire").GetAttribute("name"));
    }

    [Fact]
    public void Typing_again_after_a_pick_forgets_the_picked_code()
    {
        var field = RenderField("Villers-Bocage (Somme)", "com:80798");
        Assert.Equal("com:80798", field.Find("[data-testid=territory-code]").GetAttribute("value"));

        field.Find("#territoire").Input("Amiens");

        Assert.True(string.IsNullOrEmpty(field.Find("[data-testid=territory-code]").GetAttribute("value")));
    }
}
