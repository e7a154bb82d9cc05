using System.Collections.Concurrent;
using System.Text;
using Plateforme.Lending.Payments.Stripe;
using Plateforme.Lending.Tests.StripePayments;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace Plateforme.Web.Tests.Lending.Payments;

/// <summary>
/// Scripts the stand-in for a whole journey: numbered Checkout sessions whose « hosted page » is a loopback GET that
/// completes the session, posts the signed <c>checkout.session.completed</c> to the application and sends the browser
/// back to the session's success URL; payment intents created « processing » and read back « succeeded » once Stripe
/// has (per the test) sent their webhook; a connected account ready for transfers.
/// </summary>
public sealed class StripeHostedCheckout
{
    private const string ScriptedReturnBase = "http://127.0.0.1:5306";
    private readonly StripeStandIn stripe;
    private readonly Uri app;
    private readonly Func<DateTimeOffset> now;
    private readonly ConcurrentDictionary<string, (string Mode, string SuccessUrl)> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> intents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> answered = new(StringComparer.Ordinal);
    private int counter;

    public StripeHostedCheckout(StripeStandIn stripe, Uri app, Func<DateTimeOffset> now, string connectedAccount)
    {
        (this.stripe, this.app, this.now) = (stripe, app, now);
        stripe.Answer("POST", "/v1/customers", 200, "{\"id\":\"cus_journey\",\"object\":\"customer\",\"livemode\":false}");
        stripe.Answer("GET", "/v1/accounts/" + connectedAccount, 200, StripeStandIn.Account(connectedAccount, detailsSubmitted: true, payoutsEnabled: true));
        stripe.Answer("POST", "/v1/transfers", 200, "{\"id\":\"tr_journey\",\"object\":\"transfer\",\"amount\":0,\"currency\":\"eur\",\"destination\":\"" + connectedAccount + "\"}");
        stripe.Answer("GET", "/v1/setup_intents/*", 200,
            "{\"id\":\"seti_journey\",\"object\":\"setup_intent\",\"status\":\"succeeded\",\"usage\":\"off_session\",\"payment_method\":\"pm_journey\",\"customer\":\"cus_journey\"}");
        On("POST", "/v1/checkout/sessions", CreateSession);
        On("GET", "/v1/checkout/sessions/*", ReadSession);
        On("GET", "/hosted/*", HostedPage);
        On("POST", "/v1/payment_intents", CreateIntent);
        On("GET", "/v1/payment_intents/*", ReadIntent);
    }

    /// <summary>The payment intents created so far (ids starting <c>pi_sepa_</c> for direct debits).</summary>
    public IReadOnlyCollection<string> Intents => intents.Keys.ToList();

    /// <summary>Posts a signed event to the application's webhook, as Stripe does.</summary>
    public async Task SendAsync(string type, string objectId)
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":\"evt_" + Guid.NewGuid().ToString("N") + "\",\"object\":\"event\",\"type\":\"" + type
            + "\",\"data\":{\"object\":{\"id\":\"" + objectId + "\",\"object\":\"" + (type.StartsWith("checkout", StringComparison.Ordinal) ? "checkout.session" : "payment_intent") + "\"}}}");
        using var http = new HttpClient { BaseAddress = app };
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Headers.Add("Stripe-Signature", StripeSignature.Header(body, now(), StripeStandIn.WebhookSecret));
        using var answer = await http.PostAsync(new Uri("/api/payments/stripe/webhook", UriKind.Relative), content);
        answer.EnsureSuccessStatusCode();
    }

    private void On(string method, string path, Func<IRequestMessage, ResponseMessage> answer) =>
        stripe.Server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(5).RespondWith(Response.Create().WithCallback(answer));

    private ResponseMessage CreateSession(IRequestMessage request)
    {
        var form = Form(request);
        var id = $"cs_{form["mode"]}_{Interlocked.Increment(ref counter)}";
        sessions[id] = (form["mode"], form["success_url"].Replace(ScriptedReturnBase, app.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
        return Json("{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"mode\":\"" + form["mode"] + "\",\"status\":\"open\",\"customer\":\"cus_journey\",\"url\":\""
            + stripe.Server.Url + "/hosted/" + id + "\"}");
    }

    private ResponseMessage ReadSession(IRequestMessage request)
    {
        var id = request.Path.Split('/')[^1];
        var (mode, _) = sessions[id];
        return Json(mode == "setup"
            ? "{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"mode\":\"setup\",\"status\":\"complete\",\"customer\":\"cus_journey\",\"setup_intent\":\"seti_" + id + "\"}"
            : "{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"mode\":\"payment\",\"status\":\"complete\",\"payment_status\":\"paid\",\"customer\":\"cus_journey\",\"payment_intent\":\"pi_" + id + "\"}");
    }

    private ResponseMessage HostedPage(IRequestMessage request)
    {
        var id = request.Path.Split('/')[^1];
        SendAsync("checkout.session.completed", id).GetAwaiter().GetResult();
        return new ResponseMessage
        {
            StatusCode = 303,
            Headers = new Dictionary<string, WireMockList<string>> { ["Location"] = new(sessions[id].SuccessUrl) },
        };
    }

    // Stripe answers a repeated idempotency key with the first answer.
    private ResponseMessage CreateIntent(IRequestMessage request) =>
        Json(answered.GetOrAdd(request.Headers!["Idempotency-Key"].Single(), _ => NewIntent(request)));

    private string NewIntent(IRequestMessage request)
    {
        var form = Form(request);
        var sepa = form.ContainsValue("sepa_debit");
        var id = (sepa ? "pi_sepa_" : "pi_card_") + Interlocked.Increment(ref counter);
        var amount = long.Parse(form["amount"], System.Globalization.CultureInfo.InvariantCulture);
        intents[id] = amount;
        return sepa ? StripeStandIn.SepaIntent(id, "processing", amount) : StripeStandIn.Intent(id, "processing", amount);
    }

    private ResponseMessage ReadIntent(IRequestMessage request)
    {
        var id = request.Path.Split('/')[^1];
        var amount = intents[id];
        return Json(id.StartsWith("pi_sepa_", StringComparison.Ordinal) ? StripeStandIn.SepaIntent(id, "succeeded", amount) : StripeStandIn.Intent(id, "succeeded", amount));
    }

    private static Dictionary<string, string> Form(IRequestMessage request) =>
        (request.Body ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "", StringComparer.Ordinal);

    private static ResponseMessage Json(string json) => new()
    {
        StatusCode = 200,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { BodyAsString = json, DetectedBodyType = BodyType.String },
    };
}
