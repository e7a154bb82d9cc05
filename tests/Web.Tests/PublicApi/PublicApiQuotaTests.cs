using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Web.Shared.RateLimits;

namespace Plateforme.Web.Tests.PublicApi;

/// <summary>
/// The public API's quota on an app of its own (3 requests a minute per address, 5 with a partner key): the IETF
/// draft headers on each answer, a documented 429 problem with Retry-After beyond, a partner key's higher quota.
/// </summary>
[Collection(SmallApp.Name)]
public sealed class PublicApiQuotaTests(SmallApp fixture)
{
    private readonly PlateformeApp app = fixture.App;

    [Fact]
    public async Task An_address_gets_its_quota_with_headers_then_a_documented_429()
    {
        var client = app.CreateClient();
        var remaining = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync(new Uri("/api/reference/statuses", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("3", ok.Headers.GetValues("RateLimit-Limit").Single());
            remaining.Add(ok.Headers.GetValues("RateLimit-Remaining").Single());
            Assert.InRange(int.Parse(ok.Headers.GetValues("RateLimit-Reset").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        }

        using var refused = await client.GetAsync(new Uri("/api/calls?q=jeunes", UriKind.Relative));

        Assert.Equal(["2", "1", "0"], remaining);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal("0", refused.Headers.GetValues("RateLimit-Remaining").Single());
        await DocumentedResponses.AssertMatchesAsync(client, "/openapi/v1.json", "/api/calls", refused);
    }

    [Fact]
    public async Task A_partner_key_has_its_own_higher_quota_and_an_unknown_key_is_refused()
    {
        var keys = app.Services.GetRequiredService<PartnerKeys>();
        var (_, secret) = await keys.CreateAsync("Réseau des maisons des associations");
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/reference/publics", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (i == 0) Assert.Equal("5", response.Headers.GetValues("RateLimit-Limit").Single());
        }
        var stranger = app.CreateClient();
        stranger.DefaultRequestHeaders.Add("X-Api-Key", "plk_inconnue");
        using var unknown = await stranger.GetAsync(new Uri("/api/reference/publics", UriKind.Relative));

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_revoked_key_no_longer_opens_the_partner_quota_and_only_its_hash_is_stored()
    {
        var keys = app.Services.GetRequiredService<PartnerKeys>();
        var (key, secret) = await keys.CreateAsync("Partenaire révoqué");
        Assert.True(await keys.RevokeAsync(key.Id));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);

        using var response = await client.GetAsync(new Uri("/api/reference/publics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var stored = await File.ReadAllTextAsync(Path.Combine(app.DataFolder, "partner-keys.json"));
        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        Assert.Contains(key.Hash, stored, StringComparison.Ordinal);
    }
}
