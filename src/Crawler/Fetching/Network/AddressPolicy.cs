using System.Net;
using System.Net.Sockets;

namespace Plateforme.Crawler.Fetching.Network;

/// <summary>
/// Which addresses the crawler may not reach: anything that is not the public internet. Every source is held to it
/// (a shipped definition can be redirected, or its host name re-pointed, as easily as a typed one). The one exception,
/// loopback, exists only when <see cref="FetchOptions.AllowLoopback"/> says so: tests and the local copies of the
/// sites live on 127.0.0.1.
/// </summary>
internal sealed class AddressPolicy(bool allowLoopback = false)
{
    private readonly HashSet<IPAddress> _exempt = [];

    /// <summary>
    /// Tests only, never from configuration: one stub's exact address is let through with the exception off, so
    /// that the hop it redirects to is judged for real.
    /// </summary>
    internal AddressPolicy(IPAddress exempt)
        : this(allowLoopback: false) => _exempt.Add(exempt);

    /// <summary>IPv4 networks that are not the public internet (IANA special-purpose registry).</summary>
    public static IReadOnlyList<(IPAddress Network, int PrefixLength)> ForbiddenV4 { get; } =
    [
        (IPAddress.Parse("0.0.0.0"), 8),        // "this network"
        (IPAddress.Parse("10.0.0.0"), 8),       // RFC 1918
        (IPAddress.Parse("100.64.0.0"), 10),    // CGNAT, RFC 6598
        (IPAddress.Parse("127.0.0.0"), 8),      // loopback
        (IPAddress.Parse("169.254.0.0"), 16),   // link-local, cloud metadata endpoints (169.254.169.254)
        (IPAddress.Parse("172.16.0.0"), 12),    // RFC 1918
        (IPAddress.Parse("192.0.0.0"), 24),     // IETF protocol assignments
        (IPAddress.Parse("192.0.2.0"), 24),     // documentation
        (IPAddress.Parse("192.88.99.0"), 24),   // 6to4 relay anycast: relays to whatever IPv6 it is given
        (IPAddress.Parse("192.168.0.0"), 16),   // RFC 1918
        (IPAddress.Parse("198.18.0.0"), 15),    // benchmarking
        (IPAddress.Parse("198.51.100.0"), 24),  // documentation
        (IPAddress.Parse("203.0.113.0"), 24),   // documentation
        (IPAddress.Parse("224.0.0.0"), 4),      // multicast
        (IPAddress.Parse("240.0.0.0"), 4),      // reserved, and 255.255.255.255 broadcast
    ];

    /// <summary>
    /// IPv6 networks that are not the public internet, or that tunnel to an IPv4 address we cannot vouch for:
    /// 6to4 and Teredo embed one (and a relay reaches it), the local-use NAT64 prefix translates inside a private
    /// network, and the old IPv4-compatible form ::a.b.c.d is what some stacks still route to a.b.c.d.
    /// </summary>
    public static IReadOnlyList<(IPAddress Network, int PrefixLength)> ForbiddenV6 { get; } =
    [
        (IPAddress.Parse("::"), 96),            // unspecified, loopback and IPv4-compatible ::a.b.c.d
        (IPAddress.Parse("64:ff9b:1::"), 48),   // local-use NAT64, RFC 8215
        (IPAddress.Parse("100::"), 64),         // discard-only
        (IPAddress.Parse("2001::"), 32),        // Teredo
        (IPAddress.Parse("2001::"), 23),        // IETF protocol assignments (benchmarking, ORCHID…)
        (IPAddress.Parse("2001:db8::"), 32),    // documentation
        (IPAddress.Parse("2002::"), 16),        // 6to4
        (IPAddress.Parse("fc00::"), 7),         // unique local
        (IPAddress.Parse("fe80::"), 10),        // link-local
        (IPAddress.Parse("fec0::"), 10),        // deprecated site-local
        (IPAddress.Parse("ff00::"), 8),         // multicast
    ];

    /// <summary>The well-known NAT64 prefix: public translators, so the embedded IPv4 address is judged instead.</summary>
    private static readonly IPAddress Nat64Prefix = IPAddress.Parse("64:ff9b::");

    public bool IsForbidden(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (_exempt.Contains(address))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // ::ffff:a.b.c.d and 64:ff9b::a.b.c.d reach the embedded IPv4 address: judge that one.
            if (address.IsIPv4MappedToIPv6)
            {
                return IsForbidden(address.MapToIPv4());
            }

            if (InNetwork(address, Nat64Prefix, 96))
            {
                return IsForbidden(new IPAddress(address.GetAddressBytes().AsSpan(12, 4)));
            }

            if (allowLoopback && IPAddress.IPv6Loopback.Equals(new IPAddress(address.GetAddressBytes())))
            {
                return false;
            }

            return ForbiddenV6.Any(range => InNetwork(address, range.Network, range.PrefixLength));
        }

        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return true;
        }

        if (allowLoopback && IPAddress.IsLoopback(address))
        {
            return false;
        }

        return ForbiddenV4.Any(range => InNetwork(address, range.Network, range.PrefixLength));
    }

    private static bool InNetwork(IPAddress address, IPAddress network, int prefixLength)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var fullBytes = prefixLength / 8;
        if (!a.AsSpan(0, fullBytes).SequenceEqual(n.AsSpan(0, fullBytes)))
        {
            return false;
        }

        var remainingBits = prefixLength % 8;
        if (remainingBits == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - remainingBits));
        return (a[fullBytes] & mask) == (n[fullBytes] & mask);
    }
}
