using System.Net;
using AngleSharp.Html.Parser;

namespace Plateforme.Web.Tests.Security;

/// <summary>Every response carries the security headers, pages and API alike (issue 16, finding 9).</summary>
[Collection(AppCollection.Name)]
public sealed class SecurityHeadersTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/api/calls?pageSize=1")]
    [InlineData("/embed?pageSize=1")]
    public async Task A_response_forbids_sniffing_and_sends_only_the_origin_to_other_sites(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_allows_its_inline_import_map_by_a_nonce_of_its_own()
    {
        using var first = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await new HtmlParser().ParseDocumentAsync(await first.Content.ReadAsStringAsync());

        var policy = first.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = html.QuerySelector("script[type=importmap]")?.GetAttribute("nonce");
        Assert.False(string.IsNullOrEmpty(nonce));
        Assert.Contains($"script-src 'self' 'nonce-{nonce}'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain(nonce, second.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }
}
