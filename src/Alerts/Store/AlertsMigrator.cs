using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Alerts.Store;

/// <summary>Startup step: the catalogue schema (harmless when the search module already did it), then the alerts' tables.</summary>
public sealed class AlertsMigrator(CatalogueMigrator catalogue, IDbContextFactory<AlertsDbContext> contexts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await catalogue.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
