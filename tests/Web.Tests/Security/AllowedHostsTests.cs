using System.Net;

namespace Plateforme.Web.Tests.Security;

/// <summary>Outside Development the site answers only requests naming its own host (plus loopback names).</summary>
[Collection(AppCollection.Name)]
public sealed class AllowedHostsTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/compte/mot-de-passe-oublie")]
    [InlineData("/recherche/flux.rss")]
    public async Task A_request_naming_a_host_outside_the_allowed_hosts_gets_a_bad_request(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_request_naming_the_public_address_host_is_answered()
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
