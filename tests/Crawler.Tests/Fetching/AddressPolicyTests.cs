using System.Net;
using Plateforme.Crawler.Fetching.Network;

namespace Plateforme.Crawler.Tests.Fetching;

public sealed class AddressPolicyTests
{
    private readonly AddressPolicy _policy = new();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")] // cloud metadata
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("0.0.0.0")]
    [InlineData("0.1.2.3")]
    [InlineData("224.0.0.251")]
    [InlineData("239.255.255.250")]
    [InlineData("255.255.255.255")] // broadcast
    [InlineData("192.0.2.10")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.99")]
    [InlineData("192.88.99.1")] // 6to4 relay anycast
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("febf::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a9fe:a9fe")] // NAT64 of 169.254.169.254
    [InlineData("64:ff9b::7f00:1")] // NAT64 of 127.0.0.1
    [InlineData("64:ff9b::c0a8:101")] // NAT64 of 192.168.1.1
    [InlineData("2001:db8::1")] // documentation
    [InlineData("100::1")] // discard-only
    public void Private_and_local_addresses_are_forbidden(string address) =>
        Assert.True(_policy.IsForbidden(IPAddress.Parse(address)));

    /// <summary>The ranges the review found missing: each tunnels to an address the guard never judged.</summary>
    [Theory]
    [InlineData("::a00:1")] // IPv4-compatible ::10.0.0.1 (::/96)
    [InlineData("::a9fe:a9fe")] // ::169.254.169.254
    [InlineData("::7f00:1")] // ::127.0.0.1
    [InlineData("::808:808")] // ::8.8.8.8: the deprecated form is refused whatever it embeds
    [InlineData("2002:a00:1::1")] // 6to4 of 10.0.0.1
    [InlineData("2002:a9fe:a9fe::")] // 6to4 of 169.254.169.254
    [InlineData("2002:7f00:1::1")] // 6to4 of 127.0.0.1
    [InlineData("2002:c0a8:101::")] // 6to4 of 192.168.1.1
    [InlineData("2002:808:808::1")] // 6to4 of a public address: still a relay we cannot vouch for
    [InlineData("2001:0:4136:e378:8000:63bf:f5ff:fffe")] // Teredo, client 10.0.0.1 (obfuscated)
    [InlineData("2001::1")] // Teredo
    [InlineData("2001:0:ffff:ffff::")] // end of Teredo's /32
    [InlineData("64:ff9b:1::a00:1")] // local-use NAT64 (RFC 8215) of 10.0.0.1
    [InlineData("64:ff9b:1::808:808")] // local-use NAT64 of 8.8.8.8: translated inside someone's network
    [InlineData("64:ff9b:1:ffff:ffff:ffff:ffff:ffff")] // end of the /48
    public void Tunnels_and_translations_that_reach_an_unchecked_address_are_forbidden(string address) =>
        Assert.True(_policy.IsForbidden(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("172.15.255.255")] // just below 172.16/12
    [InlineData("172.32.0.1")] // just above
    [InlineData("100.63.255.255")] // just below CGNAT
    [InlineData("100.128.0.1")] // just above
    [InlineData("169.253.1.1")]
    [InlineData("1.0.0.1")] // just above 0/8
    [InlineData("223.255.255.254")] // just below multicast
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2001:200::1")] // just above 2001::/23
    [InlineData("2003::1")] // just above 6to4
    [InlineData("2a01:e0a::1")]
    [InlineData("::1:0:0:1")] // just above ::/96
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")] // well-known NAT64 of 8.8.8.8
    [InlineData("64:ff9b:2::1")] // just above the local-use NAT64 /48
    public void Public_addresses_are_allowed(string address) =>
        Assert.False(_policy.IsForbidden(IPAddress.Parse(address)));

    public static TheoryData<string, int> EveryForbiddenRange()
    {
        var data = new TheoryData<string, int>();
        foreach (var (network, prefix) in AddressPolicy.ForbiddenV4.Concat(AddressPolicy.ForbiddenV6))
        {
            data.Add(network.ToString(), prefix);
        }

        return data;
    }

    /// <summary>Every row of the table, at both of its ends, with and without the loopback exception.</summary>
    [Theory]
    [MemberData(nameof(EveryForbiddenRange))]
    public void Every_forbidden_range_is_refused_from_its_first_to_its_last_address(string network, int prefixLength)
    {
        var first = IPAddress.Parse(network);
        var last = LastOf(first, prefixLength);
        var lenient = new AddressPolicy(allowLoopback: true);

        Assert.True(_policy.IsForbidden(first), $"{first} ({network}/{prefixLength})");
        Assert.True(_policy.IsForbidden(last), $"{last} ({network}/{prefixLength})");
        if (!IsLoopbackRange(first))
        {
            Assert.True(lenient.IsForbidden(first), $"{first} with loopback allowed");
            Assert.True(lenient.IsForbidden(last), $"{last} with loopback allowed");
        }
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void The_loopback_exception_lets_loopback_through(string address) =>
        Assert.False(new AddressPolicy(allowLoopback: true).IsForbidden(IPAddress.Parse(address)));

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("192.168.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("::7f00:1")] // IPv4-compatible 127.0.0.1 is not the loopback address
    [InlineData("2002:7f00:1::1")] // 6to4 of 127.0.0.1
    [InlineData("64:ff9b:1::7f00:1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    public void The_loopback_exception_opens_nothing_but_loopback(string address) =>
        Assert.True(new AddressPolicy(allowLoopback: true).IsForbidden(IPAddress.Parse(address)));

    [Fact]
    public void Loopback_is_refused_unless_the_exception_is_configured() =>
        Assert.True(new AddressPolicy(allowLoopback: false).IsForbidden(IPAddress.Loopback));

    private static bool IsLoopbackRange(IPAddress network) => network.Equals(IPAddress.Parse("127.0.0.0"));

    private static IPAddress LastOf(IPAddress network, int prefixLength)
    {
        var bytes = network.GetAddressBytes();
        for (var bit = prefixLength; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] |= (byte)(0x80 >> (bit % 8));
        }

        return new IPAddress(bytes);
    }
}
