using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Plateforme.Web.Tests.Security;

/// <summary>
/// With <c>Web:Https:Enabled</c> on (the default outside Development; the other tests switch it off), plain http is
/// redirected, cookies are Secure, and a reverse proxy on loopback may say the request came in over https (issue 16, finding 9).
/// </summary>
public sealed class HttpsSettingTests : IAsyncLifetime
{
    private readonly PlateformeApp app = new(new Dictionary<string, string?>
    {
        ["Search:DemoData:Count"] = "20",
        ["Web:Https:Enabled"] = "true",
        // The forwarded request below names a public host.
        ["AllowedHosts"] = "*",
    });

    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        using var probe = app.CreateClient();
        client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = probe.BaseAddress };
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_plain_http_request_is_redirected_to_https()
    {
        using var response = await client.GetAsync(new Uri("/prets?page=2", UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, response.StatusCode.ToString());
        Assert.Equal("https", response.Headers.Location?.Scheme);
        Assert.Equal("/prets?page=2", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task A_request_forwarded_as_https_by_a_loopback_proxy_is_served_with_secure_cookies_and_hsts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/compte/connexion", UriKind.Relative));
        request.Headers.Host = "plateforme.example";
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sign_in_and_antiforgery_cookies_are_always_secure()
    {
        var identity = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var antiforgery = app.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;

        Assert.Equal(CookieSecurePolicy.Always, identity.Cookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, antiforgery.Cookie.SecurePolicy);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }
}
