using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Tests.Sources.Definitions;

public sealed class SourceRegistryTests
{
    [Fact]
    public void The_shipped_definitions_all_load()
    {
        var registry = SourceRegistry.Load();

        Assert.Equal(
            ["aides-territoires", "appelaprojets", "data-gouv-fonjep-aap", "departement-somme", "fondation-de-france",
             "ile-de-france-aides-opendata", "region-hauts-de-france", "region-nouvelle-aquitaine", "ville-amiens"],
            registry.All.Select(d => d.Id));
        Assert.Equal(SourceKind.Feed, registry.Find("region-nouvelle-aquitaine")?.Kind);
        Assert.Null(registry.Find("inconnue"));
    }

    [Fact]
    public void The_placeholder_definitions_are_disabled()
    {
        var registry = SourceRegistry.Load();

        Assert.Equal(7, registry.Enabled.Count);
        Assert.DoesNotContain(registry.Enabled, d => d.Id is "data-gouv-fonjep-aap" or "ile-de-france-aides-opendata");
    }

    [Fact]
    public void Every_kind_is_represented_among_the_shipped_sources()
    {
        var kinds = SourceRegistry.Load().All.Select(d => d.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<SourceKind>().ToHashSet(), kinds);
    }

    [Fact]
    public void Two_definitions_with_one_id_are_refused()
    {
        var definition = SourceDefinitionLoader.Parse(DefinitionJson.ValidHtml, "exemple.json");

        var error = Assert.Throws<SourceDefinitionException>(() => new SourceRegistry([definition, definition with { Name = "Autre" }]));

        Assert.Equal("l'identifiant « exemple » est utilisé par deux définitions.", Assert.Single(error.Problems));
    }

    [Fact]
    public void A_definitions_folder_adds_sources_and_replaces_shipped_ones_by_id()
    {
        var directory = Directory.CreateTempSubdirectory("definitions-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "exemple.json"), DefinitionJson.ValidHtml);
            var amiens = DefinitionJson.ValidHtml
                .Replace("\"id\": \"exemple\"", "\"id\": \"ville-amiens\"", StringComparison.Ordinal)
                .Replace("\"formatVersion\": 1,", "\"formatVersion\": 1,\n  \"enabled\": false,", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(directory.FullName, "ville-amiens.json"), amiens);

            var registry = SourceRegistry.Load(directory.FullName);

            Assert.Equal(10, registry.All.Count);
            Assert.False(registry.Find("ville-amiens")?.Enabled);
            Assert.Equal("Exemple", registry.Find("ville-amiens")?.Name);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
