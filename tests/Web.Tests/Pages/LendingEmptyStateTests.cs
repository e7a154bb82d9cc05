namespace Plateforme.Web.Tests.Pages;

/// <summary>Issue 17: with no campaign collecting, « Prêts solidaires » explains itself and opens the ways forward.</summary>
[Collection(AppCollection.Name)]
public sealed class LendingEmptyStateTests(PlateformeApp app)
{
    [Fact]
    public async Task The_empty_list_explains_lending_and_links_to_the_guides_and_to_starting_a_campaign()
    {
        using var client = app.CreateClient();

        var html = await client.GetOkPageAsync("/prets");

        var empty = html.QuerySelector("[data-testid=campaigns-empty]")!;
        Assert.Contains("sans intérêts", empty.TextContent, StringComparison.Ordinal);
        Assert.Equal("/prets/nouveau", empty.QuerySelector("[data-testid=empty-start]")!.GetAttribute("href"));
        Assert.Equal("/prets/comment-ca-marche", empty.QuerySelector("[data-testid=empty-how-lenders]")!.GetAttribute("href"));
        Assert.Equal("/prets/comment-ca-marche/porteurs", empty.QuerySelector("[data-testid=empty-how-carriers]")!.GetAttribute("href"));
    }
}
