using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Health;

/// <summary>A source with its run history (newest first) and the items whose page answered 404/410.</summary>
public sealed record SourceStatusDetail(SourceStatus Status, IReadOnlyList<CrawlRun> Runs, IReadOnlyList<SourceItemPresence> DeadLinks);
