using Microsoft.Extensions.Hosting;

namespace Plateforme.Search.Seeding;

/// <summary>The startup step between the migrations and the indexer: runs every registered seeder, one after the other.</summary>
public sealed class CatalogueSeeding(IEnumerable<ICatalogueSeeder> seeders) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var seeder in seeders) await seeder.SeedAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
