using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// Reads and normalises a source exactly as a run does, and stops there: nothing reaches the catalogue or the
/// crawler's tables. What the command line's <c>--dry-run</c> prints (its host also keeps HTTP validators in memory).
/// </summary>
public sealed class SourceDryRun(SourceReader reader, CallNormalizer normalizer)
{
    public async Task<DryRunResult> RunAsync(SourceDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var diagnostics = new SourceRunDiagnostics();
        var calls = new List<NormalizedCall>();
        var itemErrors = new List<string>();
        var context = CrawlRunner.ContextOf(definition);
        await foreach (var raw in reader.ReadAsync(definition, diagnostics, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                calls.Add(SourceStructure.Apply(raw, normalizer.Normalize(raw, context)).Call);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                itemErrors.Add($"« {raw.Title} » ({raw.Url}) : normalisation impossible ({ex.Message}).");
            }
        }

        return new DryRunResult(definition.Id, diagnostics, calls, [.. diagnostics.Errors, .. itemErrors]);
    }
}
