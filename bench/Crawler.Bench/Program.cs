using Plateforme.Crawler.Bench;
using Plateforme.Crawler.Bench.Parse;

// "parse": parse-and-extract throughput on the fixture pages; otherwise the politeness benchmark. See bench/README.md.
if (args.Length > 0 && args[0] == "parse")
{
    var quickParse = args.Contains("--quick");
    var fixtures = args.SkipWhile(a => a != "--fixtures").Skip(1).FirstOrDefault() ?? Path.Combine("tests", "Crawler.Tests", "Fixtures");
    var output = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? Path.Combine("bench", "results", "crawler.json");
    var parse = await ParseRun.RunAsync(fixtures, quickParse ? 5 : 50, TimeSpan.FromSeconds(quickParse ? 1 : 10));
    ParseResults.Write(output, parse);
    Console.WriteLine(parse.ToJsonString(ResultsWriter.Indented));
    return 0;
}

// Politeness benchmark: many stub hosts on loopback, every page asked for at once.
var options = BenchOptions.Parse(args);
Console.Error.WriteLine($"Crawling {options.Hosts} hosts x {options.PagesPerHost} pages, {options.Delay.TotalSeconds} s apart per host...");

var measured = await PolitenessRun.RunAsync(options);
var politeness = ResultsWriter.Build(options, measured, out var allTargetsMet);
ResultsWriter.Write(options.OutputPath, politeness);

Console.WriteLine(politeness.ToJsonString(ResultsWriter.Indented));
Console.Error.WriteLine($"Written to {Path.GetFullPath(options.OutputPath)}; targets {(allTargetsMet ? "met" : "MISSED")}.");
return allTargetsMet ? 0 : 1;
