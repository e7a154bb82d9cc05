using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Fetching.Network;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Plateforme.Crawler.Tests.Fetching;

/// <summary>
/// The SSRF guard holds for every source (there is no unguarded client any more) and at every redirect hop; the
/// loopback exception exists only when configured.
/// </summary>
public sealed class SsrfGuardTests : IDisposable
{
    private readonly StubSite _site = StubSite.Start();

    public SsrfGuardTests()
    {
        _site.Server.Given(Request.Create().WithPath("/robots.txt")).RespondWith(Response.Create().WithStatusCode(404));
        _site.Server.Given(Request.Create().WithPath("/aides")).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/plain").WithBody("interne"));
    }

    public static TheoryData<string> PrivateTargets() =>
    [
        "http://127.0.0.1:{port}/aides",
        "http://127.0.0.2:{port}/aides",
        "http://localhost:{port}/aides",
        "http://[::ffff:127.0.0.1]:{port}/aides",
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://0.0.0.0:{port}/aides",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/latest/meta-data/",
        "http://[::a9fe:a9fe]/",
        "http://[2002:a9fe:a9fe::1]/",
        "http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/",
        "http://[64:ff9b:1::a00:1]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[fd00::1]/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
    ];

    /// <summary>A shipped source (no flag, no exception configured) redirected by its site to a private address.</summary>
    [Theory]
    [MemberData(nameof(PrivateTargets))]
    public async Task A_redirect_to_a_private_address_is_refused_when_the_loopback_exception_is_off(string target)
    {
        var location = target.Replace("{port}", _site.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Redirect("/go", location);
        using var fetcher = FetcherLettingOnlyTheStubThrough();

        var result = await fetcher.FetchAsync(new FetchRequest(StubUrl("/go"), "departement-somme"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Equal(new Uri(location), result.FinalUrl);
        Assert.Contains("adresse refusée", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, _site.CountOf("/aides"));
    }

    [Fact]
    public async Task A_redirect_to_the_metadata_address_is_refused_even_with_the_loopback_exception()
    {
        Redirect("/go", "http://169.254.169.254/latest/meta-data/");
        using var fetcher = TestFetchers.Create(options => options.AllowLoopback = true);

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/go"), "departement-somme"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
    }

    [Fact]
    public async Task The_registered_fetcher_refuses_loopback_unless_the_setting_allows_it()
    {
        var url = _site.Url("/aides");

        var unconfigured = await FetchWithRegisteredFetcherAsync(url, new Dictionary<string, string?> { ["Crawler:Fetch:DefaultDelay"] = "00:00:00" });
        var configured = await FetchWithRegisteredFetcherAsync(url, new Dictionary<string, string?>
        {
            ["Crawler:Fetch:DefaultDelay"] = "00:00:00",
            ["Crawler:Fetch:AllowLoopback"] = "true",
        });

        Assert.Equal(FetchOutcome.Blocked, unconfigured.Outcome);
        Assert.Equal(FetchOutcome.Fetched, configured.Outcome);
        Assert.Equal(1, _site.CountOf("/aides"));
    }

    [Fact]
    public async Task A_host_name_resolving_to_loopback_is_refused_at_connect_time_without_reaching_the_site()
    {
        using var fetcher = TestFetchers.Create(options => options.AllowLoopback = false);

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri($"http://localhost:{_site.Server.Port}/aides"), "src"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Null(result.Text);
        Assert.Empty(_site.Server.LogEntries);
    }

    [Fact]
    public async Task The_connect_callback_resolves_checks_and_refuses_a_name_with_a_private_answer()
    {
        var endPoint = new DnsEndPoint("localhost", _site.Server.Port);

        var refusal = await Assert.ThrowsAsync<BlockedAddressException>(async () =>
            await GuardedHttpClient.ConnectCheckedAsync(new AddressPolicy(), endPoint, CancellationToken.None));

        Assert.Contains("localhost", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(_site.Server.LogEntries);
    }

    [Fact]
    public async Task The_connect_callback_connects_to_the_address_it_checked()
    {
        var endPoint = new DnsEndPoint("localhost", _site.Server.Port);

        await using var stream = await GuardedHttpClient.ConnectCheckedAsync(new AddressPolicy(allowLoopback: true), endPoint, CancellationToken.None);

        var socket = Assert.IsType<System.Net.Sockets.NetworkStream>(stream).Socket;
        Assert.True(IPAddress.IsLoopback(((IPEndPoint)socket.RemoteEndPoint!).Address));
    }

    [Fact]
    public async Task A_private_ip_literal_is_refused_without_any_connection()
    {
        using var fetcher = TestFetchers.Create(options => options.AllowLoopback = false);

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri("http://[::ffff:10.0.0.1]/"), "src"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>
    /// The stub listens on every local address; it is reached on ::1 when the machine has IPv6 loopback, else on
    /// 127.0.0.1, and only that exact address is let through, so that the hop it redirects to is judged for real.
    /// </summary>
    private PageFetcher FetcherLettingOnlyTheStubThrough()
    {
        var options = TestFetchers.FastOptions();
        options.AllowLoopback = false;
        return new PageFetcher(options, new InMemoryValidatorStore(), TimeProvider.System, NullLogger.Instance, new AddressPolicy(StubAddress));
    }

    private IPAddress StubAddress => IPAddress.IPv6Loopback;

    private Uri StubUrl(string path) => new($"http://[::1]:{_site.Server.Port}{path}");

    private static async Task<FetchResult> FetchWithRegisteredFetcherAsync(Uri url, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var provider = new ServiceCollection().AddLogging().AddPageFetcher(configuration).BuildServiceProvider();
        var fetcher = provider.GetRequiredService<IPageFetcher>();
        return await fetcher.FetchAsync(new FetchRequest(url, "departement-somme"), CancellationToken.None);
    }

    private void Redirect(string from, string to) =>
        _site.Server.Given(Request.Create().WithPath(from)).RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", to));
}
