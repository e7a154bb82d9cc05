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
    [InlineData("255.255.255.255")]
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
    public void Private_and_local_addresses_are_forbidden(string address) =>
        Assert.True(_policy.IsForbidden(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("172.15.255.255")] // just below 172.16/12
    [InlineData("172.32.0.1")] // just above
    [InlineData("100.63.255.255")] // just below CGNAT
    [InlineData("100.128.0.1")] // just above
    [InlineData("169.253.1.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2a01:e0a::1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")] // NAT64 of 8.8.8.8
    public void Public_addresses_are_allowed(string address) =>
        Assert.False(_policy.IsForbidden(IPAddress.Parse(address)));

    [Fact]
    public void An_exempt_address_is_let_through_but_not_its_neighbours()
    {
        var policy = new AddressPolicy([IPAddress.Loopback]);

        Assert.False(policy.IsForbidden(IPAddress.Parse("127.0.0.1")));
        Assert.True(policy.IsForbidden(IPAddress.Parse("127.0.0.2")));
    }
}
