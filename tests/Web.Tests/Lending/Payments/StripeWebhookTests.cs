using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Payments.Stripe;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending.Payments;

/// <summary>
/// The running application with Stripe as its provider (the API a WireMock stand-in on loopback): the webhook
/// endpoint checks the signature on the raw body, answers problems for bad ones and stores each event once.
/// </summary>
public sealed class StripeWebhookTests(StripeWebhookApp fixture) : IClassFixture<StripeWebhookApp>
{
    private const string Secret = StripeWebhookApp.Secret;
    private readonly AccountsApp app = fixture.App;

    private static byte[] Event(string id) =>
        Encoding.UTF8.GetBytes("{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{\"id\":\"pi_unknown\",\"object\":\"payment_intent\"}}}");

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature)
    {
        using var visitor = app.NewVisitor();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (signature is not null) content.Headers.Add("Stripe-Signature", signature);
        return await visitor.Http.PostAsync(new Uri("/api/payments/stripe/webhook", UriKind.Relative), content);
    }

    [Fact]
    public async Task A_signed_event_is_accepted_and_stored_once_even_when_delivered_twice()
    {
        var body = Event("evt_web_1");
        var now = app.App.Clock.GetUtcNow();

        using var first = await PostAsync(body, StripeSignature.Header(body, now, Secret));
        using var again = await PostAsync(body, StripeSignature.Header(body, now, Secret));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var stored = await app.WithStoreAsync(services => services.GetRequiredService<PaymentEventInbox>().FindAsync("evt_web_1", default));
        Assert.Equal(("payment_intent.succeeded", "pi_unknown"), (stored!.Type, stored.ObjectId));
    }

    [Theory]
    [InlineData("unsigned")]
    [InlineData("wrong")]
    [InlineData("stale")]
    public async Task An_unsigned_wrongly_signed_or_stale_event_is_refused_with_a_problem(string kind)
    {
        var body = Event("evt_web_bad_" + kind);
        var now = app.App.Clock.GetUtcNow();
        var signature = kind switch
        {
            "unsigned" => null,
            "wrong" => StripeSignature.Header(body, now, "whsec_someone_else"),
            _ => StripeSignature.Header(body, now.AddMinutes(-10), Secret),
        };

        using var response = await PostAsync(body, signature);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Événement refusé", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await app.WithStoreAsync(services => services.GetRequiredService<PaymentEventInbox>().FindAsync("evt_web_bad_" + kind, default)));
    }
}
