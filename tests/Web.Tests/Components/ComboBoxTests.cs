using Bunit;
using Plateforme.Web.Shared.Components;

namespace Plateforme.Web.Tests.Components;

public sealed class ComboBoxTests : ComponentTestContext
{
    private static readonly ComboOption[] Places =
    [
        new("com:80021", "Amiens", "80000, Somme"),
        new("com:80001", "Abbeville", "80100, Somme"),
        new("dep:80", "Somme", "Département 80"),
    ];

    private ComboOption? picked;

    private IRenderedComponent<ComboBox> RenderCombo() => Render<ComboBox>(p => p
        .Add(c => c.Id, "territoire")
        .Add(c => c.Name, "territoryText")
        .Add(c => c.Label, "Commune ou département")
        .Add(c => c.Suggest, text => [.. Places.Where(o => (o.Label + " " + o.Hint).Contains(text, StringComparison.OrdinalIgnoreCase))])
        .Add(c => c.OnSelect, option => picked = option));

    [Fact]
    public void Typing_two_letters_lists_the_matching_suggestions()
    {
        var combo = RenderCombo();
        var input = combo.Find("input");

        input.Input("a");
        Assert.Equal("false", input.GetAttribute("aria-expanded"));

        combo.Find("input").Input("am");

        Assert.Equal("true", combo.Find("input").GetAttribute("aria-expanded"));
        var option = Assert.Single(combo.FindAll("[role=option]"));
        Assert.Equal("Amiens", option.QuerySelector(".combo__option-label")!.TextContent);
        Assert.Equal("80000, Somme", option.QuerySelector(".combo__option-hint")!.TextContent);
        Assert.Contains("1 suggestion", combo.Find("[role=status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrow_keys_move_the_highlight_and_Enter_picks_it()
    {
        var combo = RenderCombo();
        combo.Find("input").Input("somme");
        Assert.Equal(3, combo.FindAll("[role=option]").Count);

        combo.Find("input").KeyDown("ArrowDown");
        combo.Find("input").KeyDown("ArrowDown");

        var input = combo.Find("input");
        Assert.Equal("territoire-option-1", input.GetAttribute("aria-activedescendant"));
        Assert.Equal("true", combo.Find("#territoire-option-1").GetAttribute("aria-selected"));

        input.KeyDown("Enter");

        Assert.Equal("com:80001", picked?.Key);
        Assert.Equal("Abbeville", combo.Find("input").GetAttribute("value"));
        Assert.Equal("false", combo.Find("input").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void Escape_closes_the_list()
    {
        var combo = RenderCombo();
        combo.Find("input").Input("somme");
        Assert.Equal("true", combo.Find("input").GetAttribute("aria-expanded"));

        combo.Find("input").KeyDown("Escape");

        Assert.Equal("false", combo.Find("input").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void A_click_picks_an_option()
    {
        var combo = RenderCombo();
        combo.Find("input").Input("abbe");

        combo.Find("[role=option]").Click();

        Assert.Equal("com:80001", picked?.Key);
    }

    [Fact]
    public void The_text_box_is_labelled_and_named_for_the_plain_form()
    {
        var combo = RenderCombo();

        Assert.Equal("Commune ou département", combo.Find("label[for=territoire]").TextContent);
        Assert.Equal("territoryText", combo.Find("input").GetAttribute("name"));
        Assert.Equal("combobox", combo.Find("input").GetAttribute("role"));
    }
}
