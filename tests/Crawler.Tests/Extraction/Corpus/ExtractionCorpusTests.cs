using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Sources;
using Xunit.Abstractions;

namespace Plateforme.Crawler.Tests.Extraction.Corpus;

/// <summary>
/// Reads every hand-labelled call text of the corpus as a crawled page with no field selected (no deadline or
/// amount selector: the text alone), scores field accuracy, and fails when it falls below what the extraction
/// reaches today. With PLATEFORME_EXTRACTION_RESULTS=current (or =baseline) it also writes the figures into
/// bench/results/extraction.json under that key, the other key kept, so a run compares against the baseline.
/// </summary>
public sealed class ExtractionCorpusTests(ITestOutputHelper output)
{
    private const double MinimumOverall = 0.97;
    private const double MinimumPerField = 0.9;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void The_corpus_of_real_looking_call_texts_is_read_right()
    {
        var cases = CorpusCase.LoadAll(Path.Combine(AppContext.BaseDirectory, "Extraction", "Corpus"));
        Assert.True(cases.Count >= 40, $"the corpus holds {cases.Count} cases");

        var score = new CorpusScore();
        foreach (var corpusCase in cases) score.Add(corpusCase, Read(corpusCase));

        var json = score.ToJson();
        output.WriteLine(json.ToJsonString(Indented));
        WriteResults(json);

        Assert.True(score.Overall >= MinimumOverall, $"overall {score.Overall:P1}; misses:\n{string.Join('\n', score.Misses)}");
        Assert.All(CorpusCase.Fields, f => Assert.True(score.FieldAccuracy(f) >= MinimumPerField, $"{f}: {score.FieldAccuracy(f):P1}"));
    }

    /// <summary>The call as the pipeline would store it, or null when extraction threw (the call is dropped).</summary>
    private static NormalizedCall? Read(CorpusCase corpusCase)
    {
        var noonInParis = new DateTimeOffset(corpusCase.PageDate.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero);
        var normalizer = new CallNormalizer(new FakeTimeProvider(noonInParis));
        var raw = new RawCall("corpus", corpusCase.Name, new Uri($"https://financeur.example/aides/{corpusCase.Name}"), "Appel à projets " + corpusCase.Name)
        {
            DescriptionHtml = corpusCase.Html,
            PageDate = corpusCase.PageDate,
        };
        try
        {
            return normalizer.Normalize(raw, new SourceContext("corpus"));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static void WriteResults(JsonObject score)
    {
        var key = Environment.GetEnvironmentVariable("PLATEFORME_EXTRACTION_RESULTS");
        if (key is not ("baseline" or "current")) return;
        var path = Path.Combine(RepositoryRoot(), "bench", "results", "extraction.json");
        var results = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))!.AsObject() : [];
        results["benchmark"] = "extraction of French call texts without field selectors (tests/Crawler.Tests/Extraction/Corpus)";
        results[key] = score;
        if (results["baseline"] is JsonObject before && results["current"] is JsonObject after)
        {
            results["gain"] = Math.Round(after["overall"]!.GetValue<double>() - before["overall"]!.GetValue<double>(), 4);
        }
        File.WriteAllText(path, results.ToJsonString(Indented) + "\n");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Plateforme.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new DirectoryNotFoundException("Plateforme.sln not found above the test folder");
    }
}
