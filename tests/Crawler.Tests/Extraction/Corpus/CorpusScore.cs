using System.Globalization;
using System.Text.Json.Nodes;
using Plateforme.Crawler.Extraction;
using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Tests.Extraction.Corpus;

/// <summary>
/// Field accuracy of extraction on the corpus: for each field, the share of cases where the extracted value equals
/// the label (an empty label must stay empty: an invented envelope is as wrong as a missed one).
/// </summary>
public sealed class CorpusScore
{
    private readonly Dictionary<string, int> correct = CorpusCase.Fields.ToDictionary(f => f, _ => 0, StringComparer.Ordinal);
    private readonly Dictionary<string, int> labelled = CorpusCase.Fields.ToDictionary(f => f, _ => 0, StringComparer.Ordinal);
    private readonly Dictionary<string, int> labelledCorrect = CorpusCase.Fields.ToDictionary(f => f, _ => 0, StringComparer.Ordinal);
    private readonly List<string> misses = [];
    private readonly Dictionary<string, (int Correct, int Total)> byFile = new(StringComparer.Ordinal);
    private int cases;

    /// <summary>Scores one case; a null call (extraction threw, so the pipeline dropped it) gets every field wrong.</summary>
    public void Add(CorpusCase corpusCase, NormalizedCall? call)
    {
        cases++;
        if (call is null) misses.Add($"{corpusCase.Name}: dropped, extraction threw");
        foreach (var field in CorpusCase.Fields)
        {
            var expected = corpusCase.ExpectedOf(field);
            var actual = call is null ? "(dropped)" : ValueOf(call, field);
            var stated = expected.Length > 0 && expected != "ponctuelle";
            if (stated) labelled[field]++;
            var file = byFile.GetValueOrDefault(corpusCase.SourceFile);
            byFile[corpusCase.SourceFile] = (file.Correct + (expected == actual ? 1 : 0), file.Total + 1);
            if (expected == actual)
            {
                correct[field]++;
                if (stated) labelledCorrect[field]++;
            }
            else misses.Add($"{corpusCase.Name} {field}: expected '{expected}', got '{actual}'");
        }
    }

    public IReadOnlyList<string> Misses => misses;

    public double FieldAccuracy(string field) => cases == 0 ? 0 : (double)correct[field] / cases;

    public double Overall => cases == 0 ? 0 : (double)correct.Values.Sum() / (cases * CorpusCase.Fields.Length);

    /// <summary>Over the values the texts do state only (a date, an amount, a recurrence other than one-off).</summary>
    public double StatedAccuracy => labelled.Values.Sum() == 0 ? 0 : (double)labelledCorrect.Values.Sum() / labelled.Values.Sum();

    public JsonObject ToJson()
    {
        var fields = new JsonObject();
        var stated = new JsonObject();
        foreach (var field in CorpusCase.Fields)
        {
            fields[field] = Math.Round(FieldAccuracy(field), 4);
            stated[field] = labelled[field] == 0 ? null : Math.Round((double)labelledCorrect[field] / labelled[field], 4);
        }
        return new JsonObject
        {
            ["cases"] = cases,
            ["overall"] = Math.Round(Overall, 4),
            ["fields"] = fields,
            ["stated_values"] = labelled.Values.Sum(),
            ["stated_overall"] = Math.Round(StatedAccuracy, 4),
            ["stated_fields"] = stated,
            ["files"] = new JsonObject(byFile.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => KeyValuePair.Create(f.Key, (JsonNode?)Math.Round((double)f.Value.Correct / f.Value.Total, 4)))),
            ["misses"] = new JsonArray([.. misses.Select(m => (JsonNode)m)]),
        };
    }

    /// <summary>The extracted value in the label's spelling: ISO dates, whole euros, percents, recurrence in French.</summary>
    public static string ValueOf(NormalizedCall call, string field) => field switch
    {
        "deadline" => Date(call.Deadline),
        "opens" => Date(call.OpensOn),
        "min" => Euros(call.MinAmountCents),
        "max" => Euros(call.MaxAmountCents),
        "envelope" => Euros(call.EnvelopeCents),
        "rate-min" => call.RateMinPercent?.ToString(CultureInfo.InvariantCulture) ?? "",
        "rate-max" => call.RateMaxPercent?.ToString(CultureInfo.InvariantCulture) ?? "",
        "winners" => call.MaxWinners?.ToString(CultureInfo.InvariantCulture) ?? "",
        "recurrence" => call.Recurrence switch
        {
            Recurrence.Permanent => "permanente",
            Recurrence.Recurring => "recurrente",
            _ => "ponctuelle",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Euros(long? cents) => cents is { } c ? (c % 100 == 0 ? (c / 100).ToString(CultureInfo.InvariantCulture) : (c / 100m).ToString(CultureInfo.InvariantCulture)) : "";
}
