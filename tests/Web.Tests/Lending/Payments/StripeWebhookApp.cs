using Plateforme.Web.Tests.Accounts;
using WireMock.Server;
using WireMock.Settings;

namespace Plateforme.Web.Tests.Lending.Payments;

/// <summary>One application with Stripe as its provider, its API a WireMock stand-in on loopback, for the webhook and payment page tests.</summary>
public sealed class StripeWebhookApp : IAsyncDisposable
{
    public const string Secret = "whsec_test_web";
    private readonly WireMockServer stripe = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });

    public StripeWebhookApp() => App = new AccountsApp(new Dictionary<string, string?>
    {
        ["Lending:Payments:Provider"] = "Stripe",
        ["Lending:Payments:Stripe:SecretKey"] = "sk_test_web",
        ["Lending:Payments:Stripe:WebhookSecret"] = Secret,
        ["Lending:Payments:Stripe:ApiBase"] = stripe.Url,
        ["Lending:Payments:Stripe:ReturnBaseAddress"] = "http://127.0.0.1:5306",
    });

    public AccountsApp App { get; }

    /// <summary>The stand-in, for tests that script Stripe's answers.</summary>
    public WireMockServer Stripe => stripe;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        stripe.Stop();
    }
}
