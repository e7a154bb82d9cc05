using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Fetching.Network;

namespace Plateforme.Crawler.Tests.Fetching;

/// <summary>Fetchers with short delays so that the real-time tests stay quick.</summary>
internal static class TestFetchers
{
    public static FetchOptions FastOptions() => new()
    {
        DefaultDelay = TimeSpan.FromMilliseconds(50),
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RequestTimeout = TimeSpan.FromSeconds(15), // generous: the shared test machine can be very busy
        MaxRetryDelay = TimeSpan.FromSeconds(5),
        AllowLoopback = true, // the stub sites listen on 127.0.0.1
    };

    public static PageFetcher Create(Action<FetchOptions>? configure = null, IValidatorStore? validators = null)
    {
        var options = FastOptions();
        configure?.Invoke(options);
        return new PageFetcher(options, validators ?? new InMemoryValidatorStore(), TimeProvider.System, NullLogger.Instance, new AddressPolicy(options.AllowLoopback));
    }
}
