using System.Diagnostics;
using Plateforme.DemoData;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;

namespace Plateforme.Search.Bench.Workload;

/// <summary>The demo catalogue's deterministic calls, turned into index documents once for every engine.</summary>
public static class CorpusFactory
{
    public static Corpus Create(int count, int seed, DateOnly today)
    {
        var clock = Stopwatch.StartNew();
        var funders = DemoCatalogue.Funders().ToDictionary(f => f.Slug, StringComparer.Ordinal);
        var builder = new CallDocumentBuilder(TerritoryDirectory.Default, ThemeTaxonomy.Default, ReferenceLists.Default);
        // One call at a time: only the documents stay in memory, not the catalogue entities as well.
        var documents = DemoCatalogue.EnumerateCalls(count, seed, today).Select(call => builder.Build(call, funders)).ToList();
        return new Corpus(documents, seed, today, clock.Elapsed);
    }
}
