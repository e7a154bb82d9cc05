using Microsoft.Extensions.DependencyInjection;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Scheduling;

/// <summary>
/// <c>validate --fetch</c>: reads the source (or its fixture copy) with the definition, extracts each item as a run
/// would, writes nothing, and prints in French what the definition could not describe.
/// </summary>
internal static class DefinitionCheck
{
    /// <summary>0 when the definition describes the pages, 1 with every remark printed.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, SourceDefinition definition, string path, TextWriter output, CancellationToken cancellationToken)
    {
        var reader = services.GetRequiredService<SourceReader>();
        var normalizer = services.GetRequiredService<CallNormalizer>();
        var context = CrawlRunner.ContextOf(definition);
        var diagnostics = new SourceRunDiagnostics();
        var calls = new List<RawCall>();
        var deadline = (Read: 0, Understood: 0, Sample: (string?)null);
        var amount = (Read: 0, Understood: 0, Sample: (string?)null);
        await foreach (var raw in reader.ReadAsync(definition, diagnostics, cancellationToken).ConfigureAwait(false))
        {
            calls.Add(raw);
            NormalizedCall normalized;
            try
            {
                normalized = normalizer.Normalize(raw, context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                continue;
            }

            if (!string.IsNullOrWhiteSpace(raw.DeadlineText))
            {
                deadline = (deadline.Read + 1, deadline.Understood + (normalized.Deadline is null && normalized.Recurrence != Search.Catalogue.Recurrence.Permanent ? 0 : 1), deadline.Sample ?? raw.DeadlineText);
            }

            if (!string.IsNullOrWhiteSpace(raw.AmountText))
            {
                var any = normalized.MaxAmountCents ?? normalized.MinAmountCents ?? normalized.EnvelopeCents;
                amount = (amount.Read + 1, amount.Understood + (any is null && normalized.RateMaxPercent is null ? 0 : 1), amount.Sample ?? raw.AmountText);
            }
        }

        var remarks = DefinitionCoverage.Check(definition, diagnostics, calls, new Dictionary<string, (int, int, string?)>
        {
            [nameof(FieldMap.Deadline)] = (deadline.Read, deadline.Understood, Shorten(deadline.Sample)),
            [nameof(FieldMap.Amount)] = (amount.Read, amount.Understood, Shorten(amount.Sample)),
        });
        await output.WriteLineAsync($"Lecture d'essai (rien n'est enregistré) : {diagnostics.PagesFetched} page(s) lue(s), {diagnostics.ItemsFound} élément(s), {diagnostics.Errors.Count} erreur(s).").ConfigureAwait(false);
        foreach (var error in diagnostics.Errors) await output.WriteLineAsync("  ! " + error).ConfigureAwait(false);
        if (remarks.Count == 0)
        {
            await output.WriteLineAsync($"La définition « {path} » décrit la source : chaque champ décrit a été trouvé sur au moins un élément.").ConfigureAwait(false);
            return 0;
        }

        await output.WriteLineAsync($"La définition « {path} » ne décrit pas tout ce que la source publie ({remarks.Count} remarque(s)) :").ConfigureAwait(false);
        foreach (var remark in remarks) await output.WriteLineAsync("  - " + remark).ConfigureAwait(false);
        return 1;
    }

    private static string? Shorten(string? text) =>
        text is null ? null : text.Length <= 80 ? text.ReplaceLineEndings(" ") : text[..80].ReplaceLineEndings(" ") + "…";
}
