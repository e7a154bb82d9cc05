using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Plateforme.DemoData;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Web.Shared.RateLimits;

namespace Plateforme.Web.Bench.Cluster;

/// <summary>What the benchmark writes before and after the nodes start: the partners' keys and the demo catalogue.</summary>
internal static class ClusterSeeding
{
    /// <summary>
    /// Creates partner keys through the application's own store (the JSON file of hashes both nodes read) and
    /// returns their secrets: the API clients of the load, each sent to one node by the proxy's hash of its key.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PartnerKeysAsync(string path, int count)
    {
        var environment = new HostingEnvironment { ContentRootPath = Path.GetDirectoryName(path)! };
        using var keys = new PartnerKeys(Options.Create(new PartnerKeyOptions { Path = path }), environment, TimeProvider.System);
        var secrets = new List<string>(count);
        for (var i = 1; i <= count; i++) secrets.Add((await keys.CreateAsync($"Partenaire de charge {i}")).Secret);
        return secrets;
    }

    /// <summary>
    /// Writes the demo catalogue into the shared database from outside the nodes, as a crawler worker would: the
    /// calls and their outbox rows commit together, and each node's replica then reads them from the outbox.
    /// </summary>
    public static async Task<int> DemoCatalogueAsync(string connectionString, string folder, int calls, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCatalogueStore(configuration, folder);
        await using var provider = services.BuildServiceProvider();
        var seeder = new DemoCatalogueSeeder(
            provider.GetRequiredService<IDbContextFactory<CatalogueDbContext>>(),
            Options.Create(new DemoDataOptions { Enabled = true, Count = calls }),
            TimeProvider.System,
            NullLogger<DemoCatalogueSeeder>.Instance);
        var inserted = await seeder.SeedIfEmptyAsync(cancellationToken);
        if (inserted != calls) throw new InvalidOperationException($"The demo catalogue got {inserted} calls instead of {calls}: was the database not empty?");
        return inserted;
    }
}
