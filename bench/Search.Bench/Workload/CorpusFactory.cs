using System.Diagnostics;
using Plateforme.Search.Demo;

namespace Plateforme.Search.Bench.Workload;

/// <summary>The demo catalogue's deterministic calls, turned into index documents once for every engine.</summary>
public static class CorpusFactory
{
    public static Corpus Create(int count, int seed, DateOnly today)
    {
        var clock = Stopwatch.StartNew();
        var data = DemoCatalogue.Generate(count, seed, today);
        var funders = data.Funders.ToDictionary(f => f.Slug, StringComparer.Ordinal);
        var documents = data.Calls.Select(call => CallDocumentBuilder.Build(call, funders)).ToList();
        return new Corpus(documents, seed, today, clock.Elapsed);
    }
}
