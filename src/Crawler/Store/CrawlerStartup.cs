using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Crawler.Store;

/// <summary>
/// Startup step of every crawler host, also run by the command line before a verb: the catalogue schema (harmless
/// when the search module already did it), then the crawler's own tables, then the shipped definitions copied into
/// the database.
/// </summary>
public sealed partial class CrawlerStartup(
    DatabaseMigrator<CatalogueDbContext> catalogue,
    DatabaseMigrator<CrawlerDbContext> crawler,
    SourceDefinitionStore definitions,
    ILogger<CrawlerStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await catalogue.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await crawler.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var written = await definitions.SyncFromFilesAsync(cancellationToken).ConfigureAwait(false);
        LogReady(written);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawler store ready: {Written} source definitions added or updated from files")]
    private partial void LogReady(int written);
}
