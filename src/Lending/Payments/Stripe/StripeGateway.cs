using Microsoft.Extensions.Options;
using Stripe;

namespace Plateforme.Lending.Payments.Stripe;

/// <summary>
/// The one Stripe client of the process, aimed at <see cref="StripeOptions.ApiBase"/> (Stripe, or a stand-in in tests),
/// retrying timeouts and server errors itself with the caller's idempotency key.
/// </summary>
public sealed class StripeGateway : IDisposable
{
    private readonly HttpClient _http;

    public StripeGateway(IOptions<PaymentsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value.Stripe;
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds) };
        Client = new StripeClient(new StripeClientOptions
        {
            ApiKey = settings.SecretKey,
            ApiBase = settings.ApiBase.TrimEnd('/'),
            ConnectBase = settings.ApiBase.TrimEnd('/'),
            HttpClient = new SystemNetHttpClient(_http, settings.MaxNetworkRetries, appInfo: null, enableTelemetry: false),
        });
    }

    public IStripeClient Client { get; }

    public static RequestOptions Keyed(string idempotencyKey) => new() { IdempotencyKey = idempotencyKey };

    public void Dispose() => _http.Dispose();
}
