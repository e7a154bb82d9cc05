using System.Xml.Linq;

namespace Plateforme.Web.Tests.PublicApi;

/// <summary>What search engines read: every published call exactly once in the sitemap, and robots.txt keeping them out of filter combinations.</summary>
[Collection(AppCollection.Name)]
public sealed class SitemapTests(PlateformeApp app)
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_sitemap_lists_every_published_call_exactly_once_and_the_funders()
    {
        var expected = new List<string>();
        var total = (await client.GetJsonAsync("/api/calls?status=a-venir&status=ouvert&status=cloture-proche&status=clos&pageSize=1")).GetProperty("total").GetInt32();
        for (var page = 1; expected.Count < total; page++)
        {
            var list = await client.GetJsonAsync($"/api/calls?status=a-venir&status=ouvert&status=cloture-proche&status=clos&sort=newest&pageSize=100&page={page}");
            expected.AddRange(list.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("slug").GetString()!));
        }

        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));

        Assert.Equal(Sitemaps + "urlset", sitemap.Root!.Name);
        var locations = sitemap.Root.Elements(Sitemaps + "url").Select(u => new Uri(u.Element(Sitemaps + "loc")!.Value)).ToList();
        Assert.All(locations, l => Assert.Equal(client.BaseAddress!.Authority, l.Authority));
        var calls = locations.Where(l => l.AbsolutePath.StartsWith("/appels/", StringComparison.Ordinal))
            .Select(l => Uri.UnescapeDataString(l.AbsolutePath["/appels/".Length..])).ToList();
        Assert.Equal(calls.Count, calls.Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), calls.Order(StringComparer.Ordinal));
        Assert.Contains(locations, l => l.AbsolutePath.StartsWith("/financeurs/", StringComparison.Ordinal));
        Assert.Equal(locations.Count, locations.Distinct().Count());
    }

    [Fact]
    public async Task The_sitemap_lists_every_published_experience_sheet_exactly_once()
    {
        var expected = new List<string>();
        var total = (await client.GetJsonAsync("/api/experiences")).GetProperty("total").GetInt32();
        for (var page = 1; expected.Count < total; page++)
        {
            var list = await client.GetJsonAsync($"/api/experiences?page={page}");
            expected.AddRange(list.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("slug").GetString()!));
        }

        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));

        var sheets = sitemap.Root!.Elements(Sitemaps + "url").Select(u => new Uri(u.Element(Sitemaps + "loc")!.Value).AbsolutePath)
            .Where(p => p.StartsWith("/experiences/", StringComparison.Ordinal))
            .Select(p => Uri.UnescapeDataString(p["/experiences/".Length..])).ToList();
        Assert.True(total >= 30, $"only {total} published sheets");
        Assert.Equal(expected.Order(StringComparer.Ordinal), sheets.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Robots_keep_engines_out_of_filter_combinations_and_private_pages_and_name_the_sitemap()
    {
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = robots.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("Disallow: /recherche?", lines);
        Assert.Contains("Disallow: /compte", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /moderation", lines);
        Assert.Contains("Disallow: /experiences?", lines);
        Assert.Contains("Disallow: /experiences/mes-fiches", lines);
        Assert.DoesNotContain(lines, l => l is "Disallow: /appels" or "Disallow: /appels/" or "Disallow: /");
        Assert.Contains($"Sitemap: {client.BaseAddress!.ToString().TrimEnd('/')}/sitemap.xml", lines);
    }
}

/// <summary>Past its cap a sitemap becomes an index of numbered files which, together, list each address once.</summary>
[Collection(SmallApp.Name)]
public sealed class SitemapIndexTests(SmallApp fixture)
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Past_the_cap_the_sitemap_is_an_index_of_files_within_the_cap()
    {
        var client = fixture.App.CreateClient();
        var root = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));

        Assert.Equal(Sitemaps + "sitemapindex", root.Root!.Name);
        var files = root.Root.Elements(Sitemaps + "sitemap").Select(s => new Uri(s.Element(Sitemaps + "loc")!.Value)).ToList();
        Assert.True(files.Count >= 2);
        var all = new List<string>();
        foreach (var file in files)
        {
            var part = XDocument.Parse(await client.GetStringAsync(new Uri(file.PathAndQuery, UriKind.Relative)));
            var locations = part.Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
            Assert.InRange(locations.Count, 1, 25);
            all.AddRange(locations);
        }
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(40, all.Count(l => l.Contains("/appels/", StringComparison.Ordinal)));
    }
}
