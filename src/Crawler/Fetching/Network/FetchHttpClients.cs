using System.Net;
using System.Net.Sockets;

namespace Plateforme.Crawler.Fetching.Network;

/// <summary>
/// Two clients: one for sources we wrote, one for sources a person typed in, whose connections are
/// checked on the resolved addresses at connect time (so a DNS answer that changes between a check and
/// the connection cannot sneak through). Separate pools, so a guarded request never reuses a connection
/// opened without the check.
/// </summary>
internal sealed class FetchHttpClients : IDisposable
{
    public FetchHttpClients(FetchOptions options, AddressPolicy policy)
    {
        Trusted = CreateClient(options, guard: null);
        Guarded = options.AllowPrivateNetworks ? Trusted : CreateClient(options, policy);
        Policy = policy;
        GuardEnabled = !options.AllowPrivateNetworks;
    }

    public HttpClient Trusted { get; }

    public HttpClient Guarded { get; }

    public AddressPolicy Policy { get; }

    public bool GuardEnabled { get; }

    public HttpClient For(bool userDefinedSource) => userDefinedSource ? Guarded : Trusted;

    public void Dispose()
    {
        Trusted.Dispose();
        if (!ReferenceEquals(Guarded, Trusted))
        {
            Guarded.Dispose();
        }
    }

    private static HttpClient CreateClient(FetchOptions options, AddressPolicy? guard)
    {
        var handler = new SocketsHttpHandler
        {
            // Each hop is followed by hand so that it passes robots.txt and the guard again.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,

            // A proxy would be the one connecting: the guard could not see where it goes.
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.RequestTimeout,
        };
        if (guard is not null)
        {
            handler.ConnectCallback = (context, cancellationToken) => ConnectCheckedAsync(guard, context, cancellationToken);
        }

        var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        return client;
    }

    private static async ValueTask<Stream> ConnectCheckedAsync(AddressPolicy guard, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var resolved = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);

        // If any answer is private the host is refused outright: a name mixing public and private
        // answers is exactly what a rebinding attack looks like.
        if (resolved.Length == 0 || resolved.Any(guard.IsForbidden))
        {
            throw new BlockedAddressException(host, resolved);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(resolved, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
