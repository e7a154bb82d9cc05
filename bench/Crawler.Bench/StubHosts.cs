using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Text;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Plateforme.Crawler.Bench;

/// <summary>
/// Stub sites on loopback, one port each (so many distinct authorities), that note when each page
/// request arrived and keep no request log, so that their memory does not grow with the crawl.
/// </summary>
internal sealed class StubHosts : IDisposable
{
    private readonly List<WireMockServer> _servers = [];
    private readonly ConcurrentDictionary<int, ConcurrentQueue<DateTime>> _arrivals = new();

    public StubHosts(int count)
    {
        var page = Encoding.UTF8.GetBytes(PageHtml());
        for (var i = 0; i < count; i++)
        {
            var server = WireMockServer.Start(new WireMockServerSettings { StartAdminInterface = false, MaxRequestLogCount = 1 });
            var arrivals = _arrivals.GetOrAdd(server.Port, _ => new ConcurrentQueue<DateTime>());
            server.LogEntriesChanged += (_, change) => Record(arrivals, change);
            server.Given(Request.Create().WithPath("/robots.txt"))
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/plain").WithBody("User-agent: *\nDisallow: /admin/\n"));
            server.Given(Request.Create().WithPath("/aides/*"))
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html; charset=utf-8").WithBody(page));
            _servers.Add(server);
        }
    }

    public IEnumerable<Uri> PagesOf(int host, int pages) =>
        Enumerable.Range(1, pages).Select(page => new Uri($"http://127.0.0.1:{_servers[host].Port}/aides/{page}"));

    /// <summary>Arrival times of the page requests (robots.txt excluded), per host, in order.</summary>
    public IReadOnlyList<IReadOnlyList<DateTime>> Arrivals() =>
        [.. _servers.Select(server => (IReadOnlyList<DateTime>)[.. _arrivals[server.Port].Order()])];

    public void Dispose()
    {
        foreach (var server in _servers)
        {
            server.Stop();
        }
    }

    private static void Record(ConcurrentQueue<DateTime> arrivals, NotifyCollectionChangedEventArgs change)
    {
        if (change.Action != NotifyCollectionChangedAction.Add || change.NewItems is null)
        {
            return;
        }

        foreach (var entry in change.NewItems.OfType<ILogEntry>())
        {
            if (entry.RequestMessage.Path != "/robots.txt")
            {
                arrivals.Enqueue(entry.RequestMessage.DateTime);
            }
        }
    }

    /// <summary>A listing page of about 6 KB, the size of a real one once scripts are left out.</summary>
    private static string PageHtml()
    {
        var cards = string.Concat(Enumerable.Range(1, 20).Select(i =>
            $"<div class=\"projet\"><div class=\"content\"><h3>Appel à projets n°{i} : économie sociale et solidaire</h3>" +
            $"<div class=\"infos\">Soutien aux associations du territoire, dépôt des dossiers en ligne.</div>" +
            $"<strong class=\"date\">Expire le 15/01/2027</strong><a class=\"btn\" href=\"/aides/detail/{i}\">Voir</a></div></div>"));
        return $"<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Appels à projets</title></head><body>{cards}</body></html>";
    }
}
