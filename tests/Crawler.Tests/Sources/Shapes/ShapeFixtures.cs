using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Shapes;

/// <summary>The hand-written page shapes of Fixtures/Shapes: each definition file and its copy served on loopback.</summary>
internal static class ShapeFixtures
{
    public static string Directory => Path.Combine(FixtureSite.FixturesDirectory, "Shapes");

    public static string DefinitionFile(string id) => Path.Combine(Directory, id + ".json");

    /// <summary>The definition as the loader reads it: a broken file fails here, with every problem in French.</summary>
    public static SourceDefinition Definition(string id) => SourceDefinitionLoader.Parse(File.ReadAllText(DefinitionFile(id)), id + ".json");

    /// <summary>The real connectors, with the definition's host sent to a WireMock copy of the shape's pages.</summary>
    public static SourceHarness Harness(string id) =>
        new(new FixtureSite().ServeFixture(Path.Combine("Shapes", id)),
            [.. Definition(id).EntryUrls.Select(url => url.GetLeftPart(UriPartial.Authority)).Distinct()]);
}
