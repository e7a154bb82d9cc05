using System.Text;
using System.Xml.Linq;

namespace Plateforme.Web.Tests.Feeds;

/// <summary>Feeds and exports take the public and kind-of-spending parameters like the page and the API.</summary>
[Collection(AppCollection.Name)]
public sealed class PublicFeedTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_csv_export_of_a_public_search_has_the_public_spending_and_unstated_columns_in_french()
    {
        var bytes = await client.GetByteArrayAsync(new Uri("/recherche/export.csv?public=familles&sort=newest", UriKind.Relative));
        var rows = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(';')).ToList();

        var header = rows[0].ToList();
        var publics = header.IndexOf("Public visé");
        var spending = header.IndexOf("Type de dépenses");
        var unstated = header.IndexOf("Public non précisé");
        Assert.True(publics > 0 && spending > 0 && unstated > 0, string.Join(';', header));
        var body = rows.Skip(1).ToList();
        Assert.Contains(body, r => r[publics].Contains("Familles", StringComparison.Ordinal) && r[unstated] == "");
        Assert.Contains(body, r => r[publics] == "" && r[unstated] == "oui");
        Assert.All(body, r => Assert.DoesNotContain("fonctionnement", r[spending], StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_atom_feed_of_a_kind_of_spending_lists_only_calls_paying_for_it()
    {
        var api = await client.GetJsonAsync("/api/calls?destination=investissement&sort=newest&pageSize=5");
        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/recherche/flux.atom?destination=investissement", UriKind.Relative)));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var titles = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value).Take(5).ToList();
        Assert.Equal(api.GetProperty("hits").Values("title").ToList(), titles);
    }
}
