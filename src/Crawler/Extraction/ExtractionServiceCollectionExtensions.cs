using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Plateforme.Crawler.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CallNormalizer"/> (stateless, shared) and the system clock if none is registered.</summary>
    public static IServiceCollection AddCallExtraction(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new CallNormalizer(sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
