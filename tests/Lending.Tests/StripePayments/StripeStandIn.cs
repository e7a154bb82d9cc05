using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Payments.Stripe;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Plateforme.Lending.Tests.StripePayments;

/// <summary>
/// WireMock.Net on loopback answering as Stripe's API does: form-encoded requests under /v1, JSON objects with their
/// "object" type, and error objects ({"error": {type, code, message…}}) with Stripe's status codes.
/// </summary>
public sealed class StripeStandIn : IDisposable
{
    public const string WebhookSecret = "whsec_test_plateforme";

    public WireMockServer Server { get; } = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });

    public void Register(IServiceCollection services)
    {
        services.Configure<PaymentsOptions>(options =>
        {
            options.Provider = PaymentProviderKind.Stripe;
            options.Stripe.SecretKey = "sk_test_plateforme";
            options.Stripe.WebhookSecret = WebhookSecret;
            options.Stripe.ApiBase = Server.Url!;
            options.Stripe.ReturnBaseAddress = "http://127.0.0.1:5306";
            options.Stripe.TimeoutSeconds = 2;
        });
        services.AddStripeProvider();
    }

    public void Answer(string method, string path, int status, string json, string? scenario = null, string? state = null, string? next = null, TimeSpan? delay = null)
    {
        var request = Request.Create().WithPath(path).UsingMethod(method);
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json);
        if (delay is { } wait) response = response.WithDelay(wait);
        // Behind the body-matched answers (priority 1: the lower, the earlier).
        var given = Server.Given(request).AtPriority(10);
        if (scenario is not null)
        {
            given = given.InScenario(scenario);
            if (state is not null) given = given.WhenStateIs(state);
            if (next is not null) given = given.WillSetStateTo(next);
        }

        given.RespondWith(response);
    }

    public List<ILogEntry> Calls(string method, string path) =>
        Server.LogEntries.Where(e => e.RequestMessage.Method == method && e.RequestMessage.Path == path).ToList();

    public static string Key(ILogEntry call) => call.RequestMessage.Headers!["Idempotency-Key"].Single();

    public static Dictionary<string, string> Form(ILogEntry call) =>
        (call.RequestMessage.Body ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "");

    public static string Error(string type, string code, string message, string? paymentIntent = null) =>
        "{\"error\":{\"type\":\"" + type + "\",\"code\":\"" + code + "\",\"message\":\"" + message + "\""
        + (paymentIntent is null ? "" : ",\"payment_intent\":{\"id\":\"" + paymentIntent + "\",\"object\":\"payment_intent\",\"status\":\"requires_payment_method\"}")
        + ",\"doc_url\":\"https://stripe.com/docs/error-codes/" + code.Replace('_', '-') + "\"}}";

    public static string Intent(string id, string status, long amount, string? lastError = null) =>
        "{\"id\":\"" + id + "\",\"object\":\"payment_intent\",\"amount\":" + amount + ",\"currency\":\"eur\",\"status\":\"" + status + "\",\"payment_method_types\":[\"card\"]"
        + (lastError is null ? "" : ",\"last_payment_error\":{\"type\":\"card_error\",\"code\":\"" + lastError + "\"}") + ",\"livemode\":false}";

    public static string Account(string id, bool detailsSubmitted, bool payoutsEnabled, string? currentlyDue = null) =>
        "{\"id\":\"" + id + "\",\"object\":\"account\",\"type\":\"express\",\"country\":\"FR\",\"details_submitted\":" + Bool(detailsSubmitted)
        + ",\"charges_enabled\":" + Bool(payoutsEnabled) + ",\"payouts_enabled\":" + Bool(payoutsEnabled)
        + ",\"capabilities\":{\"transfers\":\"" + (payoutsEnabled ? "active" : "inactive") + "\"}"
        + ",\"requirements\":{\"currently_due\":[" + (currentlyDue is null ? "" : "\"" + currentlyDue + "\"") + "],\"disabled_reason\":null}}";

    public static string SepaIntent(string id, string status, long amount, string? lastError = null) =>
        "{\"id\":\"" + id + "\",\"object\":\"payment_intent\",\"amount\":" + amount + ",\"currency\":\"eur\",\"status\":\"" + status + "\",\"payment_method_types\":[\"sepa_debit\"]"
        + (lastError is null ? "" : ",\"last_payment_error\":{\"type\":\"card_error\",\"code\":\"" + lastError + "\",\"payment_method\":{\"id\":\"pm_sepa_1\",\"object\":\"payment_method\",\"type\":\"sepa_debit\"}}") + ",\"livemode\":false}";

    /// <summary>An answer for the requests whose form body contains <paramref name="bodyPart"/> (ahead of the general answers).</summary>
    public void AnswerWhenBody(string method, string path, string bodyPart, int status, string json)
    {
        var request = Request.Create().WithPath(path).UsingMethod(method).WithBody(new WireMock.Matchers.WildcardMatcher("*" + bodyPart + "*"));
        Server.Given(request).AtPriority(1).RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json));
    }

    /// <summary>A list object as Stripe pages it: data, has_more, url.</summary>
    public static string List(string url, bool hasMore, params string[] items) =>
        "{\"object\":\"list\",\"url\":\"" + url + "\",\"has_more\":" + Bool(hasMore) + ",\"data\":[" + string.Join(",", items) + "]}";

    /// <summary>A GET answered only when its query has the parameter (a page after <c>starting_after</c>).</summary>
    public void AnswerPage(string path, string parameter, string? value, string json)
    {
        IRequestBuilder request = Request.Create().WithPath(path).UsingGet();
        request = value is null ? request.WithParam(p => !p.ContainsKey(parameter)) : request.WithParam(parameter, value);
        Server.Given(request).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(json));
    }

    private static string Bool(bool value) => value ? "true" : "false";

    public void Dispose() => Server.Stop();
}
