using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Plateforme.Crawler.Fetching;

public static class FetchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one <see cref="IPageFetcher"/> (a singleton: it holds per-host politeness state),
    /// its options from "Crawler:Fetch" validated at start, an in-memory <see cref="IValidatorStore"/>
    /// unless one is already registered, and <see cref="TimeProvider.System"/> unless one is.
    /// </summary>
    public static IServiceCollection AddPageFetcher(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection(FetchOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IValidatorStore, InMemoryValidatorStore>();
        services.TryAddSingleton<PageFetcher>();
        services.TryAddSingleton<IPageFetcher>(provider => provider.GetRequiredService<PageFetcher>());
        return services;
    }
}
