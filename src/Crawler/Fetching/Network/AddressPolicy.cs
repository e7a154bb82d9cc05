using System.Net;
using System.Net.Sockets;

namespace Plateforme.Crawler.Fetching.Network;

/// <summary>Which addresses a user-defined source may not reach: anything that is not the public internet.</summary>
internal sealed class AddressPolicy
{
    private static readonly (IPAddress Network, int PrefixLength)[] ForbiddenV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),        // "this network"
        (IPAddress.Parse("10.0.0.0"), 8),       // RFC 1918
        (IPAddress.Parse("100.64.0.0"), 10),    // CGNAT, RFC 6598
        (IPAddress.Parse("127.0.0.0"), 8),      // loopback
        (IPAddress.Parse("169.254.0.0"), 16),   // link-local, cloud metadata endpoints
        (IPAddress.Parse("172.16.0.0"), 12),    // RFC 1918
        (IPAddress.Parse("192.0.0.0"), 24),     // IETF protocol assignments
        (IPAddress.Parse("192.168.0.0"), 16),   // RFC 1918
        (IPAddress.Parse("198.18.0.0"), 15),    // benchmarking
        (IPAddress.Parse("224.0.0.0"), 4),      // multicast
        (IPAddress.Parse("240.0.0.0"), 4),      // reserved and broadcast
    ];

    private static readonly (IPAddress Network, int PrefixLength)[] ForbiddenV6 =
    [
        (IPAddress.IPv6None, 128),              // ::
        (IPAddress.IPv6Loopback, 128),          // ::1
        (IPAddress.Parse("fc00::"), 7),         // unique local
        (IPAddress.Parse("fe80::"), 10),        // link-local
        (IPAddress.Parse("fec0::"), 10),        // deprecated site-local
        (IPAddress.Parse("ff00::"), 8),         // multicast
    ];

    private static readonly IPAddress Nat64Prefix = IPAddress.Parse("64:ff9b::");

    private readonly HashSet<IPAddress> _exempt;

    /// <param name="exempt">Exact addresses let through anyway (tests put their loopback stub here).</param>
    public AddressPolicy(IEnumerable<IPAddress>? exempt = null) => _exempt = [.. exempt ?? []];

    public bool IsForbidden(IPAddress address)
    {
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
                var bytes = address.GetAddressBytes();
                return IsForbidden(new IPAddress(bytes.AsSpan(12, 4)));
            }

            return ForbiddenV6.Any(range => InNetwork(address, range.Network, range.PrefixLength));
        }

        return address.AddressFamily != AddressFamily.InterNetwork
            || ForbiddenV4.Any(range => InNetwork(address, range.Network, range.PrefixLength));
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
