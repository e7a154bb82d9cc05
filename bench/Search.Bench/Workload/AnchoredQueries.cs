using System.Text.RegularExpressions;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Workload;

/// <summary>
/// Text + two filters taken from one call of the corpus (two words of its title, two of its own filter
/// values), so that the search finds at least that call: what someone looking for a call they saw would type.
/// Random text crossed with random filters mostly finds nothing, which would make the mix unrealistic.
/// </summary>
public static partial class AnchoredQueries
{
    private const int MinimumWordLength = 5;

    /// <summary>Null when the call's title has no word long enough to search for.</summary>
    public static (SearchQuery Query, string Description)? Create(CallDocument anchor, int shape, DateOnly today, Random random, SearchQuery template)
    {
        var words = TitleWords(anchor);
        if (words.Count == 0 || anchor.Beneficiaries.Count == 0 || anchor.Themes.Count == 0 || anchor.AidTypes.Count == 0 || anchor.Funders.Count == 0)
            return null;

        var first = words[random.Next(words.Count)];
        var second = words[random.Next(words.Count)];
        var text = string.Equals(first, second, StringComparison.OrdinalIgnoreCase) ? first : $"{first} {second}";
        var query = template with { Text = text };
        var (filtered, description) = shape switch
        {
            0 => Pair(query with { Beneficiaries = [Pick(anchor.Beneficiaries, random)], Territories = [TerritoryScopes.OnPath(anchor.TerritoryPath, random)] }),
            1 => Pair(query with { Themes = [Pick(anchor.Themes, random)], Statuses = [CallStatusRules.StatusOn(today, anchor.OpensOn, anchor.Deadline)] }),
            2 => Pair(query with { AidTypes = [Pick(anchor.AidTypes, random)], Recurrences = [anchor.Recurrence] }),
            3 => Pair(query with
            {
                Funders = [Pick(anchor.Funders, random)],
                DeadlineFrom = Min(today, anchor.Deadline),
                DeadlineTo = Max(today.AddDays(90), anchor.Deadline),
            }),
            _ => Pair(query with
            {
                AmountMinCents = anchor.MinAmountCents,
                AmountMaxCents = anchor.MaxAmountCents,
                Territories = [TerritoryScopes.OnPath(anchor.TerritoryPath, random)],
            }),
        };
        return (filtered, $"text '{text}' + {description} (from '{anchor.Slug}')");
    }

    /// <summary>Words of the title worth searching for: "tiers-lieux" gives two words, "l'emploi" gives "emploi".</summary>
    public static IReadOnlyList<string> TitleWords(CallDocument call) =>
        NonLetters().Split(call.Title)
            .Where(w => w.Length >= MinimumWordLength)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    [GeneratedRegex(@"\P{L}+")]
    private static partial Regex NonLetters();

    private static (SearchQuery, string) Pair(SearchQuery query) => (query, QueryDescriptions.FiltersOf(query));

    private static string Pick(IReadOnlyList<LabelledValue> values, Random random) => values[random.Next(values.Count)].Value;

    private static DateOnly Min(DateOnly today, DateOnly? deadline) => deadline is { } d && d < today ? d : today;

    private static DateOnly Max(DateOnly later, DateOnly? deadline) => deadline is { } d && d > later ? d : later;
}
