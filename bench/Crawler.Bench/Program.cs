using Plateforme.Crawler.Bench;

// Politeness benchmark: many stub hosts on loopback, every page asked for at once; see bench/README.md.
var options = BenchOptions.Parse(args);
Console.Error.WriteLine($"Crawling {options.Hosts} hosts x {options.PagesPerHost} pages, {options.Delay.TotalSeconds} s apart per host...");

var measured = await PolitenessRun.RunAsync(options);
var politeness = ResultsWriter.Build(options, measured, out var allTargetsMet);
ResultsWriter.Write(options.OutputPath, politeness);

Console.WriteLine(politeness.ToJsonString(ResultsWriter.Indented));
Console.Error.WriteLine($"Written to {Path.GetFullPath(options.OutputPath)}; targets {(allTargetsMet ? "met" : "MISSED")}.");
return allTargetsMet ? 0 : 1;
