using System.Text.Json;
using Plateforme.Crawler.Sources.Json;

namespace Plateforme.Crawler.Tests.Sources.Connectors;

public sealed class JsonPathTests
{
    private static readonly JsonElement Root = JsonDocument.Parse("""
        {"results":[{"title":"Un","organization":{"name":"CAF"},"financers":["Région","État"],"rate":80,"live":true,"tags":[{"n":"a"},{"n":"b"}]},{"title":"Deux"}],"next":null}
        """).RootElement;

    [Theory]
    [InlineData("$.results[*]", 2)]
    [InlineData("results[*]", 2)]
    [InlineData("$.results[1]", 1)]
    [InlineData("$.results[5]", 0)]
    [InlineData("$.absent[*]", 0)]
    [InlineData("$", 1)]
    public void Select_finds_items(string path, int count) => Assert.Equal(count, JsonPath.Select(Root, path).Count());

    [Theory]
    [InlineData("title", "Un")]
    [InlineData("organization.name", "CAF")]
    [InlineData("financers[*]", "Région, État")]
    [InlineData("financers", "Région, État")]
    [InlineData("tags[*].n", "a, b")]
    [InlineData("rate", "80")]
    [InlineData("live", "true")]
    [InlineData("organization.absent", null)]
    public void Text_reads_values_in_the_source_words(string path, string? expected)
    {
        var first = JsonPath.Select(Root, "$.results[0]").Single();

        Assert.Equal(expected, JsonPath.Text(first, path));
    }

    [Fact]
    public void A_null_value_is_no_text() => Assert.Null(JsonPath.Text(Root, "next"));
}
