using System.Globalization;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Workload;

/// <summary>
/// A fixed mix of searches drawn with a seeded generator from the corpus's own values: text only, text with
/// two filters, filters only. All ask for every facet, page 1 of 20, relevance order.
/// </summary>
public sealed class QueryMix
{
    public const int TextOnlyCount = 80;
    public const int TextWithFiltersCount = 80;
    public const int FiltersOnlyCount = 60;

    private static readonly (long? Min, long? Max)[] AmountRanges =
        [(0, 5_000_00), (10_000_00, 50_000_00), (100_000_00, null), (null, 20_000_00)];

    private readonly Random _random;
    private readonly CorpusVocabulary _vocabulary;
    private readonly DateOnly _today;

    private QueryMix(CorpusVocabulary vocabulary, DateOnly today, int seed)
    {
        _vocabulary = vocabulary;
        _today = today;
        _random = new Random(seed);
    }

    public static IReadOnlyList<BenchQuery> Create(CorpusVocabulary vocabulary, DateOnly today, int seed) =>
        new QueryMix(vocabulary, today, seed).Build();

    private List<BenchQuery> Build()
    {
        var queries = new List<BenchQuery>();
        var texts = FrenchQueryTexts.All;
        for (var i = 0; i < TextOnlyCount; i++)
        {
            var text = i < texts.Count ? texts[i] : TitleWord();
            queries.Add(new BenchQuery(QueryCategory.TextOnly, Query() with { Text = text }, $"text '{text}'"));
        }

        // Half anchored on a call (they find something), half the vocabulary crossed with random filters (often nothing).
        for (var i = 0; i < TextWithFiltersCount; i++)
        {
            var shape = i / 2 % 5;
            if (i % 2 == 0 && Anchored(shape) is { } anchored)
            {
                queries.Add(new BenchQuery(QueryCategory.TextWithFilters, anchored.Query, anchored.Description));
                continue;
            }

            var text = Pick(texts);
            var (query, description) = TwoFilters(shape);
            queries.Add(new BenchQuery(QueryCategory.TextWithFilters, query with { Text = text }, $"text '{text}' + {description}"));
        }

        queries.Add(new BenchQuery(QueryCategory.FiltersOnly, Query(), "everything"));
        for (var i = 1; i < FiltersOnlyCount; i++)
        {
            var (query, description) = FiltersOnly(i % 10);
            queries.Add(new BenchQuery(QueryCategory.FiltersOnly, query, description));
        }

        return queries;
    }

    private (SearchQuery, string) TwoFilters(int shape)
    {
        switch (shape)
        {
            case 0:
                var (beneficiary, scope) = (Pick(_vocabulary.Beneficiaries), Scope());
                return (Query() with { Beneficiaries = [beneficiary], Territories = [scope] }, $"beneficiary {beneficiary}, territory {scope.Code}");
            case 1:
                var theme = Pick(_vocabulary.Themes);
                return (Query() with { Themes = [theme], Statuses = [CallStatus.Open] }, $"theme {theme}, open");
            case 2:
                var (aidType, recurrence) = (Pick(_vocabulary.AidTypes), Pick(_vocabulary.Recurrences));
                return (Query() with { AidTypes = [aidType], Recurrences = [recurrence] }, $"aid {aidType}, {recurrence}");
            case 3:
                var (funder, days) = (Pick(_vocabulary.Funders), Pick<int>([30, 90, 180]));
                return (Query() with { Funders = [funder], DeadlineFrom = _today, DeadlineTo = _today.AddDays(days) }, $"funder {funder}, deadline within {days} days");
            default:
                var (amounts, territory) = (Pick(AmountRanges), Scope());
                return (Query() with { AmountMinCents = amounts.Min, AmountMaxCents = amounts.Max, Territories = [territory] }, $"amount {Describe(amounts)}, territory {territory.Code}");
        }
    }

    private (SearchQuery, string) FiltersOnly(int shape)
    {
        switch (shape)
        {
            case 0:
                var beneficiary = Pick(_vocabulary.Beneficiaries);
                return (Query() with { Beneficiaries = [beneficiary] }, $"beneficiary {beneficiary}");
            case 1:
                var theme = Pick(_vocabulary.Themes);
                return (Query() with { Themes = [theme], Statuses = [CallStatus.Open] }, $"theme {theme}, open");
            case 2:
                var scope = Scope();
                return (Query() with { Territories = [scope] }, $"territory {scope.Code}");
            case 3:
                var (where, who) = (Scope(), Pick(_vocabulary.Beneficiaries));
                return (Query() with { Territories = [where], Beneficiaries = [who] }, $"territory {where.Code}, beneficiary {who}");
            case 4:
                var aidType = Pick(_vocabulary.AidTypes);
                return (Query() with { AidTypes = [aidType], Statuses = [CallStatus.ClosingSoon] }, $"aid {aidType}, closing soon");
            case 5:
                var funder = Pick(_vocabulary.Funders);
                return (Query() with { Funders = [funder] }, $"funder {funder}");
            case 6:
                var (recurrence, subject) = (Pick(_vocabulary.Recurrences), Pick(_vocabulary.Themes));
                return (Query() with { Recurrences = [recurrence], Themes = [subject] }, $"{recurrence}, theme {subject}");
            case 7:
                var days = Pick<int>([30, 90, 365]);
                return (Query() with { DeadlineFrom = _today, DeadlineTo = _today.AddDays(days) }, $"deadline within {days} days");
            case 8:
                var (amounts, payee) = (Pick(AmountRanges), Pick(_vocabulary.Beneficiaries));
                return (Query() with { AmountMinCents = amounts.Min, AmountMaxCents = amounts.Max, Beneficiaries = [payee] }, $"amount {Describe(amounts)}, beneficiary {payee}");
            default:
                var (first, second) = (Pick(_vocabulary.Beneficiaries), Pick(_vocabulary.Beneficiaries));
                return (Query() with { Beneficiaries = [first, second], Statuses = [CallStatus.Open, CallStatus.Upcoming] },
                    $"beneficiary {first} or {second}, open or upcoming");
        }
    }

    /// <summary>A perimeter of a real call (mostly a département) with the perimeters enclosing it.</summary>
    private TerritoryScope Scope() => TerritoryScopes.OnPath(Pick(_vocabulary.TerritoryPaths), _random);

    /// <summary>One word from the title of a call of the corpus, as someone remembering it would type.</summary>
    private string TitleWord()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var words = AnchoredQueries.TitleWords(Pick(_vocabulary.Documents));
            if (words.Count > 0) return words[_random.Next(words.Count)];
        }

        return Pick(FrenchQueryTexts.All);
    }

    /// <summary>Tries a few calls, since a call whose title has no long word cannot anchor a text query.</summary>
    private (SearchQuery Query, string Description)? Anchored(int shape)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var anchor = Pick(_vocabulary.Documents);
            if (AnchoredQueries.Create(anchor, shape, _today, _random, Query()) is { } query) return query;
        }

        return null;
    }

    private SearchQuery Query() => new() { Today = _today, Page = 1, PageSize = 20, IncludeFacets = true, Sort = SearchSort.Relevance };

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    private static string Describe((long? Min, long? Max) range) =>
        string.Create(CultureInfo.InvariantCulture, $"{(range.Min is { } min ? min / 100 : 0)}..{(range.Max is { } max ? (max / 100).ToString(CultureInfo.InvariantCulture) : "")} EUR");
}
