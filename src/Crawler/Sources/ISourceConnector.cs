using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources;

/// <summary>Reads one kind of source and hands over its calls as the source worded them.</summary>
public interface ISourceConnector
{
    SourceKind Kind { get; }

    /// <summary>
    /// Streams the calls of <paramref name="definition"/>; pages read, items, missing fields and
    /// errors go to <paramref name="diagnostics"/>. A failing page is reported there, not thrown.
    /// </summary>
    IAsyncEnumerable<RawCall> ReadAsync(SourceDefinition definition, SourceRunDiagnostics diagnostics, CancellationToken cancellationToken);
}
