using Plateforme.Search.Bench;
using Plateforme.Search.Bench.Engines;
using Plateforme.Search.Bench.Measurement;
using Plateforme.Search.Bench.Reporting;
using Plateforme.Search.Bench.Workload;

var (options, error) = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

if (options.CurveSizes.Count > 0) return await ScaleCurve.RunAsync(options, Console.Out, cancellation.Token);

if (options.ExperiencesSize is { } experiencesSize)
{
    var experiences = await Plateforme.Search.Bench.Experiences.ExperienceBench.RunAsync(experiencesSize, options.WarmUp, Console.Out, cancellation.Token);
    await Plateforme.Search.Bench.Experiences.ExperienceResultsWriter.WriteAsync(experiences, options.OutputPath, cancellation.Token);
    Console.WriteLine($"Results written to {Path.GetFullPath(options.OutputPath)}");
    return 0;
}

var loadAtStart = MachineLoad.Read();
Console.WriteLine($"Generating {options.Calls} calls…");
var corpus = CorpusFactory.Create(options.Calls, options.Seed, options.Today);
var queries = QueryMix.Create(new CorpusVocabulary(corpus.Documents), corpus.Today, options.Seed);
var runner = new EngineRunner(queries, options.WarmUp, Console.Out);

var runs = new List<EngineRun>();
var failures = new Dictionary<string, string>();
await using (var workspace = BenchWorkspace.Create())
{
    foreach (var engine in options.Engines)
    {
        try
        {
            runs.Add(await EngineCatalog.RunAsync(engine, runner, corpus.Documents, workspace, cancellation.Token));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Error.WriteLine($"[{engine}] failed: {e}");
            failures[engine] = e.Message;
        }
    }
}

var report = ReportBuilder.Build(corpus, queries, options.WarmUp, runs, failures, loadAtStart, DateTimeOffset.UtcNow);
ConsoleReport.Print(report, Console.Out);
await ResultsWriter.WriteAsync(report, options.OutputPath, cancellation.Token);
Console.WriteLine($"Results written to {Path.GetFullPath(options.OutputPath)}");
return failures.Count == 0 ? 0 : 1;
