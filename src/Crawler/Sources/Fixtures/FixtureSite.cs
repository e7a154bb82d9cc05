using System.Net;
using System.Net.Sockets;

namespace Plateforme.Crawler.Sources.Fixtures;

/// <summary>
/// One fixture folder served on its own 127.0.0.1 port (its own "host", so each source keeps its own politeness
/// gate). Anything not in routes.txt answers 404, robots.txt included (which RFC 9309 reads as "all allowed").
/// </summary>
internal sealed class FixtureSite : IDisposable
{
    private readonly HttpListener _listener;
    private readonly IReadOnlyList<FixtureRoute> _routes;
    private readonly Task _loop;

    public FixtureSite(string folder)
    {
        _routes = FixtureRoute.Read(folder);
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener = new HttpListener();
        _listener.Prefixes.Add(Url.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public void Dispose()
    {
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var url = context.Request.Url!;
            var query = System.Web.HttpUtility.ParseQueryString(url.Query);
            var parameters = query.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => query[k] ?? "", StringComparer.Ordinal);
            // The route naming the most parameters wins ("?page=2" over the bare listing), as with the tests' WireMock sites.
            var route = _routes.Where(r => r.Matches(url.AbsolutePath, parameters)).OrderByDescending(r => r.Parameters.Count).FirstOrDefault();
            if (route is null || context.Request.HttpMethod != "GET")
            {
                response.StatusCode = 404;
                return;
            }

            var body = await File.ReadAllBytesAsync(route.File).ConfigureAwait(false);
            response.StatusCode = route.Status;
            response.ContentType = route.ContentType;
            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The crawler gave up on this request (timeout, shutdown): nothing to answer to.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
