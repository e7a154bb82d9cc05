namespace Plateforme.Web.Tests.Pages;

/// <summary>The « Public visé » and « Type de dépenses » filters on the results page, without a browser.</summary>
[Collection(AppCollection.Name)]
public sealed class PublicFilterPageTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_new_filters_show_french_labels_with_counts_never_a_slug()
    {
        var html = await client.GetOkPageAsync("/recherche");

        var publics = html.QuerySelectorAll("[data-testid=facet-public] [data-testid=facet-value]");
        var spending = html.QuerySelectorAll("[data-testid=facet-destination] [data-testid=facet-value]");
        Assert.NotEmpty(publics);
        Assert.Equal(2, spending.Length);
        Assert.Contains(publics, v => v.TextContent.Contains("Jeunes", StringComparison.Ordinal));
        Assert.DoesNotContain(publics, v => v.TextContent.Contains("personnes-handicapees", StringComparison.Ordinal) || v.TextContent.Contains("quartiers-prioritaires", StringComparison.Ordinal));
        Assert.Contains(spending, v => v.TextContent.Contains("Investissement", StringComparison.Ordinal));
        Assert.Contains("Type de dépenses", html.QuerySelector("[data-testid=facet-destination]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_public_filter_the_calls_naming_none_follow_marked_and_a_link_hides_them()
    {
        var html = await client.GetOkPageAsync("/recherche?public=personnes-handicapees&sort=newest&pageSize=100");

        var chip = html.QuerySelector("[data-testid=chip] .chip__text")!.TextContent;
        Assert.Equal("Public visé : Personnes handicapées", System.Text.RegularExpressions.Regex.Replace(chip, @"\s+", " ").Trim());
        var cards = html.QuerySelectorAll("[data-testid=result-card]").ToList();
        var marked = cards.Select(c => c.QuerySelector("[data-testid=result-unstated]") is not null).ToList();
        Assert.Contains(true, marked);
        Assert.Contains(false, marked);
        Assert.Equal(marked.Order(), marked);
        Assert.All(cards.Where(c => c.QuerySelector("[data-testid=result-unstated]") is null),
            c => Assert.Contains("Personnes handicapées", c.QuerySelector("[data-testid=result-publics]")!.TextContent, StringComparison.Ordinal));
        Assert.Equal("Public non précisé", cards.First(c => c.QuerySelector("[data-testid=result-unstated]") is not null).QuerySelector("[data-testid=result-unstated]")!.TextContent.Trim());

        var hide = html.QuerySelector("[data-testid=unstated-toggle]")!.GetAttribute("href")!;
        Assert.Contains("unstated=exclude", hide, StringComparison.Ordinal);
        var hidden = await client.GetOkPageAsync(hide);
        Assert.Empty(hidden.QuerySelectorAll("[data-testid=result-unstated]"));
        Assert.True(hidden.Total() < html.Total());
    }
}
