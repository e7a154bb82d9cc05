using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Sources;

namespace Plateforme.Crawler.Pipeline;

/// <summary>What a dry run of a source extracted: the calls as they would be merged, and what went wrong, in French.</summary>
public sealed record DryRunResult(string SourceId, SourceRunDiagnostics Diagnostics, IReadOnlyList<NormalizedCall> Calls, IReadOnlyList<string> Errors);
