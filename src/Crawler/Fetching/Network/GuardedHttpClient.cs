using System.Net;
using System.Net.Sockets;

namespace Plateforme.Crawler.Fetching.Network;

/// <summary>
/// The crawler's only way out to the network, for every source and every hop. Redirects are not followed by the
/// handler (the pipeline follows them one at a time, so each passes robots.txt and this guard again), and each
/// connection resolves the host itself, checks every answer against the <see cref="AddressPolicy"/>, and connects to
/// exactly the addresses it checked: a DNS answer that changes between a check and the connection cannot sneak through.
/// </summary>
internal static class GuardedHttpClient
{
    /// <summary>A client whose every connection goes through the guard; the caller sets its own headers.</summary>
    public static HttpClient Create(FetchOptions options, AddressPolicy policy, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(policy);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,

            // A proxy would be the one connecting: the guard could not see where it goes.
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.RequestTimeout,
            ConnectCallback = (context, cancellationToken) => ConnectCheckedAsync(policy, context.DnsEndPoint, cancellationToken),
        };

        return new HttpClient(handler, disposeHandler: true) { Timeout = timeout ?? Timeout.InfiniteTimeSpan };
    }

    /// <summary>Resolves, checks every answer, then connects to one of those very addresses; throws <see cref="BlockedAddressException"/> otherwise.</summary>
    internal static async ValueTask<Stream> ConnectCheckedAsync(AddressPolicy policy, DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        var host = endPoint.Host;
        var resolved = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);

        // If any answer is forbidden the host is refused outright: a name mixing public and private
        // answers is exactly what a rebinding attack looks like.
        if (resolved.Length == 0 || resolved.Any(policy.IsForbidden))
        {
            throw new BlockedAddressException(host, resolved);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(resolved, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
