using System.Net;

namespace Plateforme.Web.Tests.PublicApi;

/// <summary>A partner's page on another origin can call the public GET endpoints; administrators' APIs answer 401, never a redirect.</summary>
[Collection(AppCollection.Name)]
public sealed class PublicApiCorsTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("/api/calls?q=jeunes")]
    [InlineData("/api/calls/suggest?prefix=sub")]
    [InlineData("/api/reference/themes")]
    public async Task A_preflight_from_another_origin_is_allowed_for_GET(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(url, UriKind.Relative));
        request.Headers.Add("Origin", "https://partenaire.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("x-api-key", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_cross_origin_GET_can_read_the_answer_and_the_quota_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/calls?pageSize=1", UriKind.Relative));
        request.Headers.Add("Origin", "https://partenaire.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single();
        Assert.Contains("RateLimit-Remaining", exposed, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_preflight_for_a_POST_or_an_admin_API_is_not_allowed()
    {
        using var post = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/calls", UriKind.Relative));
        post.Headers.Add("Origin", "https://partenaire.example");
        post.Headers.Add("Access-Control-Request-Method", "POST");
        using var admin = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/admin/sources", UriKind.Relative));
        admin.Headers.Add("Origin", "https://partenaire.example");
        admin.Headers.Add("Access-Control-Request-Method", "GET");

        using var postResponse = await client.SendAsync(post);
        using var adminResponse = await client.SendAsync(admin);

        Assert.False(postResponse.Headers.Contains("Access-Control-Allow-Origin") && postResponse.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Single().Contains("POST", StringComparison.Ordinal));
        Assert.False(adminResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/api/admin/lending/health")]
    [InlineData("/api/admin/sources")]
    [InlineData("/health/details")]
    public async Task An_anonymous_call_to_an_administrators_API_gets_a_401_problem(string url)
    {
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = client.BaseAddress! });

        using var response = await anonymous.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
