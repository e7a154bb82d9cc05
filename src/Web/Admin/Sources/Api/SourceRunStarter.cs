using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Store;

namespace Plateforme.Web.Admin.Sources.Api;

/// <summary>
/// An admin's "run now": the source is crawled in the background by the same <see cref="CrawlRunner"/> as the
/// schedule, which never runs a source twice at once; the run stops with the application.
/// </summary>
public sealed class SourceRunStarter(SourceDefinitionStore definitions, CrawlRunner runner, IHostApplicationLifetime lifetime)
{
    public async Task<SourceRunStart> StartAsync(string sourceId, CancellationToken cancellationToken)
    {
        try
        {
            if (await definitions.FindAsync(sourceId, cancellationToken) is null) return SourceRunStart.UnknownSource;
        }
        catch (SourceDefinitionException)
        {
            // A stored definition that no longer parses still runs: its run records the French problems.
        }

        if (runner.IsRunning(sourceId)) return SourceRunStart.AlreadyRunning;
        var (_, started) = runner.StartOrJoin(sourceId, lifetime.ApplicationStopping);
        return started ? SourceRunStart.Started : SourceRunStart.AlreadyRunning;
    }
}
