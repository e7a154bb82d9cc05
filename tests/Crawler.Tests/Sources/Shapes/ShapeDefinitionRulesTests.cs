using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Tests.Sources.Definitions;

namespace Plateforme.Crawler.Tests.Sources.Shapes;

/// <summary>The loader's French explanations for the new definition features.</summary>
public sealed class ShapeDefinitionRulesTests
{
    [Theory]
    [InlineData("fondation-sections")]
    [InlineData("departement-fiches")]
    [InlineData("region-tableau")]
    [InlineData("reseau-rss")]
    [InlineData("opendata-json")]
    [InlineData("opendata-csv")]
    public void Every_shape_definition_is_accepted(string id) => Assert.Equal(id, ShapeFixtures.Definition(id).Id);

    [Fact]
    public void Heading_sections_are_refused_outside_html_listings()
    {
        var json = DefinitionJson.With("kind", "\"JsonApi\"")
            .Replace("\"fields\": { \"item\": \"li.aap\"", "\"fields\": { \"itemMode\": \"HeadingSections\", \"item\": \"$.data[*]\"", StringComparison.Ordinal)
            .Replace("\"paging\": { \"mode\": \"NextLink\", \"nextSelector\": \"a[rel=next]\" },", "", StringComparison.Ordinal);

        var error = Assert.Throws<SourceDefinitionException>(() => SourceDefinitionLoader.Parse(json, "exemple.json"));

        Assert.Contains("« fields.itemMode » HeadingSections n'est possible que pour une source HtmlListing.", error.Problems);
    }

    [Fact]
    public void A_label_without_text_and_a_broken_selector_in_a_template_are_explained()
    {
        var json = DefinitionJson.ValidHtml.Replace("\"deadline\": \"time@datetime\"", "\"deadline\": \"label: |\", \"amount\": \"{p.montant[} €\"", StringComparison.Ordinal);

        var error = Assert.Throws<SourceDefinitionException>(() => SourceDefinitionLoader.Parse(json, "exemple.json"));

        Assert.Contains("« fields.deadline » : « label: » doit être suivi d'au moins un libellé, ex. « label:Date limite|Clôture ».", error.Problems);
        Assert.Contains("« fields.amount » : « p.montant[ » n'est pas un sélecteur CSS valide.", error.Problems);
    }

    [Fact]
    public void Feed_fields_must_name_elements_of_the_item()
    {
        var json = DefinitionJson.With("kind", "\"Feed\"")
            .Replace("\"paging\": { \"mode\": \"NextLink\", \"nextSelector\": \"a[rel=next]\" },", "", StringComparison.Ordinal)
            .Replace("\"fields\": { \"item\": \"li.aap\", \"title\": \"h3\", \"link\": \"h3 a\", \"deadline\": \"time@datetime\" }",
                "\"fields\": { \"deadline\": \"div.date > span\", \"amount\": \"aap:montant\" }", StringComparison.Ordinal);

        var error = Assert.Throws<SourceDefinitionException>(() => SourceDefinitionLoader.Parse(json, "exemple.json"));

        Assert.Equal(
            "« fields.deadline » : « div.date > span » n'est pas un nom d'élément du flux (ex. « aap:dateLimite », « enclosure@url », « media:group/media:title ») ni « label:… ».",
            Assert.Single(error.Problems));
    }
}
