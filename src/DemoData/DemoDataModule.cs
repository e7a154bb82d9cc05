using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Plateforme.Search.Seeding;

namespace Plateforme.DemoData;

/// <summary>The demo catalogue's composition: one line in the web host's development branch, or in a test host.</summary>
public static class DemoDataModule
{
    /// <summary>
    /// Seeds an empty catalogue with the demo calls at start ("Search:DemoData", validated at start). The search
    /// module runs its seeders after the migrations and before the indexer, whatever the order of the Add calls.
    /// </summary>
    public static IHostApplicationBuilder AddDemoCatalogue(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDemoCatalogue();
        return builder;
    }

    /// <summary>The same for a host configured through its services (a WebApplicationFactory); adding it twice is harmless.</summary>
    public static IServiceCollection AddDemoCatalogue(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<DemoCatalogueSeeder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICatalogueSeeder, DemoCatalogueSeeder>(provider => provider.GetRequiredService<DemoCatalogueSeeder>()));
        return services;
    }
}
