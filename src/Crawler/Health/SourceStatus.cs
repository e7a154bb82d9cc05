using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Health;

/// <summary>One source as the admin and public pages show it: its definition, health, latest run and dead links.</summary>
public sealed record SourceStatus(SourceDefinition Definition, SourceHealth Health, CrawlRun? LastRun, bool Running, int DeadLinkCount);
