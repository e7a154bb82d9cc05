using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources;

/// <summary>Reads any source with the connector of its kind: what a scheduled job calls.</summary>
public sealed class SourceReader(IEnumerable<ISourceConnector> connectors)
{
    private readonly Dictionary<SourceKind, ISourceConnector> _byKind = connectors.ToDictionary(c => c.Kind);

    public IAsyncEnumerable<RawCall> ReadAsync(SourceDefinition definition, SourceRunDiagnostics diagnostics, CancellationToken cancellationToken) =>
        _byKind.TryGetValue(definition.Kind, out var connector)
            ? connector.ReadAsync(definition, diagnostics, cancellationToken)
            : throw new InvalidOperationException($"No connector registered for sources of kind {definition.Kind}.");
}
