using System.Globalization;
using Microsoft.Extensions.Primitives;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Query;

/// <summary>
/// Turns the query string of /api/calls (and of the results page) into a <see cref="SearchQuery"/>.
/// Every problem is collected against the parameter's name, so a client learns all of them at once.
/// </summary>
public sealed class CallSearchParser(FilterVocabulary vocabulary, TimeProvider clock)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 1000;
    public const int MaxTextLength = 10_000;

    public CallSearchParseResult Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string parameter, string message)
        {
            if (!errors.TryGetValue(parameter, out var list)) errors[parameter] = list = [];
            list.Add(message);
        }

        var text = Single(query, "q", Fail);
        if (text is { Length: > MaxTextLength })
        {
            Fail("q", string.Format(CultureInfo.CurrentCulture, ApiMessages.TextTooLong, MaxTextLength));
        }

        var search = new SearchQuery
        {
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Beneficiaries = Slugs(query, "beneficiary", vocabulary.Beneficiaries, Fail),
            Themes = Slugs(query, "theme", vocabulary.Themes, Fail),
            AidTypes = Slugs(query, "aidType", vocabulary.AidTypes, Fail),
            Funders = Slugs(query, "funder", vocabulary.Funders, Fail),
            Recurrences = Slugs(query, "recurrence", vocabulary.Recurrences, Fail),
            Programmes = ProgrammeParameter.Parse(query, Fail),
            Statuses = Statuses(query, Fail),
            Territories = Territories(query, Fail),
            DeadlineFrom = Date(query, "deadlineFrom", Fail),
            DeadlineTo = Date(query, "deadlineTo", Fail),
            AmountMinCents = Euros(query, "amountMin", Fail),
            AmountMaxCents = Euros(query, "amountMax", Fail),
            Sort = Sort(query, Fail),
            Page = Integer(query, "page", 1, 1, MaxPage, Fail),
            PageSize = Integer(query, "pageSize", 20, 1, MaxPageSize, Fail),
            Today = CallStatusRules.TodayInParis(clock),
            Publics = Slugs(query, FacetNames.Public, vocabulary.Publics, Fail),
            Destinations = Slugs(query, FacetNames.Destination, vocabulary.Destinations, Fail),
            IncludeUnstated = IncludeUnstated(query, Fail),
            ExactOnly = ExactOnly(query, Fail),
        };

        if (search.DeadlineFrom > search.DeadlineTo)
        {
            Fail("deadlineTo", ApiMessages.DeadlineRangeReversed);
        }
        if (search.AmountMinCents > search.AmountMaxCents)
        {
            Fail("amountMax", ApiMessages.AmountRangeReversed);
        }

        return new CallSearchParseResult(search, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
    }

    public static IEnumerable<string> RequestedFunders(IQueryCollection query) => Values(query["funder"]);

    private static string? Single(IQueryCollection query, string name, Action<string, string> fail)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            fail(name, ApiMessages.RepeatedParameter);
        }
        return values.Count == 0 ? null : values[0];
    }

    private static IEnumerable<string> Values(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static List<string> Slugs(IQueryCollection query, string name, IReadOnlySet<string> known, Action<string, string> fail)
    {
        var result = new List<string>();
        foreach (var value in Values(query[name]))
        {
            if (known.Contains(value))
            {
                if (!result.Contains(value, StringComparer.Ordinal)) result.Add(value);
            }
            else
            {
                fail(name, string.Format(CultureInfo.CurrentCulture, ApiMessages.UnknownValue, Shorten(value), name));
            }
        }
        return result;
    }

    private static List<CallStatus> Statuses(IQueryCollection query, Action<string, string> fail)
    {
        var result = new List<CallStatus>();
        foreach (var value in Values(query["status"]))
        {
            if (CallStatusRules.TryParse(value, out var status))
            {
                if (!result.Contains(status)) result.Add(status);
            }
            else
            {
                fail("status", string.Format(CultureInfo.CurrentCulture, ApiMessages.UnknownValue, Shorten(value), "status"));
            }
        }
        return result;
    }

    private List<TerritoryScope> Territories(IQueryCollection query, Action<string, string> fail)
    {
        var result = new List<TerritoryScope>();
        foreach (var value in Values(query["territory"]))
        {
            if (!TerritoryCode.TryParse(value, out var code))
            {
                fail("territory", string.Format(CultureInfo.CurrentCulture, ApiMessages.MalformedTerritory, Shorten(value)));
            }
            else if (!vocabulary.Territories.IsKnown(code))
            {
                fail("territory", string.Format(CultureInfo.CurrentCulture, ApiMessages.UnknownTerritory, Shorten(value)));
            }
            else if (result.TrueForAll(s => s.Code != code))
            {
                result.Add(new TerritoryScope(code, vocabulary.Territories.AncestorsOf(code)));
            }
        }
        return result;
    }

    /// <summary>« Public non précisé » calls are listed after the matching ones unless "unstated=exclude".</summary>
    private static bool IncludeUnstated(IQueryCollection query, Action<string, string> fail)
    {
        var text = Single(query, SearchFilters.Unstated, fail);
        switch (text?.Trim())
        {
            case null or "" or SearchFilters.UnstatedInclude: return true;
            case SearchFilters.UnstatedExclude: return false;
            default:
                fail(SearchFilters.Unstated, string.Format(CultureInfo.CurrentCulture, ApiMessages.UnknownValue, Shorten(text), SearchFilters.Unstated));
                return true;
        }
    }

    /// <summary>"approximate=exclude": only calls meeting every word, never the « résultats approchants ».</summary>
    private static bool ExactOnly(IQueryCollection query, Action<string, string> fail)
    {
        var text = Single(query, ApproximateParameter, fail);
        switch (text?.Trim())
        {
            case null or "" or ApproximateInclude: return false;
            case ApproximateExclude: return true;
            default:
                fail(ApproximateParameter, string.Format(CultureInfo.CurrentCulture, ApiMessages.UnknownValue, Shorten(text), ApproximateParameter));
                return false;
        }
    }

    public const string ApproximateParameter = "approximate";
    public const string ApproximateInclude = "include";
    public const string ApproximateExclude = "exclude";

    private static DateOnly? Date(IQueryCollection query, string name, Action<string, string> fail)
    {
        var text = Single(query, name, fail);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        fail(name, ApiMessages.MalformedDate);
        return null;
    }

    private static long? Euros(IQueryCollection query, string name, Action<string, string> fail)
    {
        var text = Single(query, name, fail);
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Whole euros or euros with cents ("1500", "1500.50"); money never goes through floating point.
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros)
            && euros <= 1_000_000_000m && decimal.Round(euros, 2) == euros)
        {
            return (long)(euros * 100m);
        }
        fail(name, ApiMessages.MalformedAmount);
        return null;
    }

    private static SearchSort Sort(IQueryCollection query, Action<string, string> fail)
    {
        var text = Single(query, "sort", fail);
        switch (text?.Trim())
        {
            case null or "" or "relevance": return SearchSort.Relevance;
            case "deadline": return SearchSort.Deadline;
            case "newest": return SearchSort.Newest;
            default:
                fail("sort", ApiMessages.UnknownSort);
                return SearchSort.Relevance;
        }
    }

    private static int Integer(IQueryCollection query, string name, int fallback, int min, int max, Action<string, string> fail)
    {
        var text = Single(query, name, fail);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        fail(name, string.Format(CultureInfo.CurrentCulture, ApiMessages.IntegerOutOfRange, min, max));
        return fallback;
    }

    /// <summary>Echoes at most a few characters of a bad value back: enough to recognise it, not a reflection vector.</summary>
    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
