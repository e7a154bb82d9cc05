using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Plateforme.Web.Tests.Pages;

namespace Plateforme.Web.Tests.Feeds;

/// <summary>Every feed of a search, parsed back: what a feed reader, a calendar or a spreadsheet would read.</summary>
[Collection(AppCollection.Name)]
public sealed class FeedFormatTests(PlateformeApp app)
{
    private const string Search = "?beneficiary=association&status=ouvert";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_RSS_feed_lists_the_search_newest_first_with_links_to_the_calls()
    {
        using var response = await client.GetAsync(new Uri("/recherche/flux.rss" + Search, UriKind.Relative));
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var channel = rss.Root.Element("channel")!;
        Assert.Equal("Appels à projets — Association · Ouvert", channel.Element("title")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal(50, items.Count);
        var dates = items.Select(i => DateTimeOffset.Parse(i.Element("pubDate")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.All(items, i => Assert.Matches("^http://127\\.0\\.0\\.1:\\d+/appels/[a-z0-9-]+$", i.Element("link")!.Value));
        Assert.Equal(await NewestTitlesAsync(50), items.Select(i => i.Element("title")!.Value));
    }

    [Fact]
    public async Task The_Atom_feed_holds_the_same_calls_with_ids_dates_and_alternate_links()
    {
        using var response = await client.GetAsync(new Uri("/recherche/flux.atom" + Search + "&page=4", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Single(feed.Root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(await NewestTitlesAsync(50), entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.All(entries, e =>
        {
            Assert.StartsWith("urn:uuid:", e.Element(Atom + "id")!.Value, StringComparison.Ordinal);
            Assert.Contains("/appels/", e.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
            Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture, out _));
        });
    }

    [Fact]
    public async Task The_agenda_has_one_event_per_deadline_of_the_search()
    {
        using var response = await client.GetAsync(new Uri("/recherche/echeances.ics?territory=dep:80&status=ouvert", UriKind.Relative));
        var ics = await response.Content.ReadAsStringAsync();
        var total = await TotalAsync("?territory=dep:80&status=ouvert");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var lines = ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Contains("X-WR-CALNAME:Dates limites — Somme · Ouvert", lines);
        var events = lines.Count(l => l == "BEGIN:VEVENT");
        Assert.InRange(events, 1, Math.Min(total, 200));
        Assert.Equal(events, lines.Count(l => l.StartsWith("DTSTART", StringComparison.Ordinal)));
        Assert.Equal(events, lines.Count(l => l.StartsWith("SUMMARY:Date limite : ", StringComparison.Ordinal)));
        Assert.All(ics.Split("\r\n"), l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
    }

    [Fact]
    public async Task The_CSV_export_opens_in_a_French_Excel_and_states_its_cap()
    {
        using var response = await client.GetAsync(new Uri("/recherche/export.csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var total = await TotalAsync("");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("appels-a-projets.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Equal("1000", Assert.Single(response.Headers.GetValues("X-Export-Limit")));
        Assert.Equal(total.ToString(CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("X-Total-Count")));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Titre;Financeurs;Territoire;Statut;Ouverture;Date limite;Montant minimum (€);Montant maximum (€);Thématiques;Bénéficiaires;Public visé;Type de dépenses;Public non précisé;Publié le;Lien", rows[0]);
        Assert.Equal(Math.Min(total, 1000), rows.Length - 1);
        Assert.All(rows.Skip(1), r => Assert.Matches("http://127\\.0\\.0\\.1:\\d+/appels/[a-z0-9-]+$", r));
    }

    [Fact]
    public async Task The_CSV_export_keeps_the_search_and_its_sort()
    {
        using var response = await client.GetAsync(new Uri("/recherche/export.csv?theme=sport&sort=deadline", UriKind.Relative));
        var rows = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(await TotalAsync("?theme=sport"), rows.Length - 1);
        var deadlines = rows.Skip(1).Select(r => r.Split(';')[5]).Where(d => d.Length > 0).Take(5).ToList();
        Assert.Equal(deadlines.Order(StringComparer.Ordinal), deadlines);
    }

    [Theory]
    [InlineData("/recherche/flux.rss?theme=inconnu", "theme")]
    [InlineData("/recherche/flux.atom?territory=dep:999", "territory")]
    [InlineData("/recherche/echeances.ics?deadlineFrom=demain", "deadlineFrom")]
    [InlineData("/recherche/export.csv?sort=hasard", "sort")]
    public async Task A_bad_parameter_gets_the_APIs_French_problem_never_a_500(string url, string parameter)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("La requête contient des paramètres invalides.", problem.RootElement.GetProperty("title").GetString());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Hostile_text_still_gives_well_formed_feeds()
    {
        var text = Uri.EscapeDataString("<script>&\"'\u0001 ]]> « é »");

        using var rss = await client.GetAsync(new Uri("/recherche/flux.rss?q=" + text, UriKind.Relative));
        using var atom = await client.GetAsync(new Uri("/recherche/flux.atom?q=" + text, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, rss.StatusCode);
        Assert.Equal(HttpStatusCode.OK, atom.StatusCode);
        Assert.Contains("<script>", XDocument.Parse(await rss.Content.ReadAsStringAsync()).Root!.Element("channel")!.Element("title")!.Value, StringComparison.Ordinal);
        Assert.NotNull(XDocument.Parse(await atom.Content.ReadAsStringAsync()).Root);
    }

    private async Task<IReadOnlyList<string>> NewestTitlesAsync(int count)
    {
        using var api = await client.GetAsync(new Uri($"/api/calls{Search}&sort=newest&pageSize={count}", UriKind.Relative));
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("hits").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }

    private async Task<int> TotalAsync(string query)
    {
        using var api = await client.GetAsync(new Uri("/api/calls" + query, UriKind.Relative));
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
