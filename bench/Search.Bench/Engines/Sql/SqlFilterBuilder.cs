using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Engines.Sql;

/// <summary>
/// The WHERE clause both SQL engines share, over a table aliased <c>c</c>: dimensions AND-ed, values within
/// one dimension OR-ed. Leaving one facet dimension out gives its drill-sideways count. One builder per
/// command, since it collects that command's parameters.
/// </summary>
public abstract class SqlFilterBuilder
{
    /// <summary>Adds a parameter to the command being built and returns its placeholder.</summary>
    protected abstract string Parameter(object value);

    /// <summary>Dates as the engine stores them (a PostgreSQL date, a SQLite day number).</summary>
    protected abstract object DateValue(DateOnly date);

    /// <summary>The call has at least one of the values in a multi-valued dimension (beneficiary, theme, aidType, funder).</summary>
    protected abstract string AnyOf(string dimension, IReadOnlyList<string> values);

    /// <summary>The call's territory path contains one of the codes, or its own territory is one of the ancestors.</summary>
    protected abstract string InTerritory(IReadOnlyList<string> codes, IReadOnlyList<string> ancestors);

    /// <summary>Null when the text holds nothing searchable.</summary>
    protected abstract string? TextMatches(string text);

    /// <param name="skipDimension">A <see cref="FacetNames"/> dimension whose filter is left out, or null.</param>
    /// <param name="includeText">False when the caller joins the full-text table itself.</param>
    public string Where(SearchQuery query, string? skipDimension = null, bool includeText = true)
    {
        var conditions = Conditions(query, skipDimension, includeText).ToList();
        return conditions.Count == 0 ? "TRUE" : string.Join(" AND ", conditions.Select(c => $"({c})"));
    }

    /// <summary>SQL that is true when the call has the given status on <paramref name="today"/>.</summary>
    public string StatusCondition(CallStatus status, DateOnly today)
    {
        var day = Parameter(DateValue(today));
        var notClosed = $"(c.deadline IS NULL OR c.deadline >= {day})";
        var started = $"(c.opens_on IS NULL OR c.opens_on <= {day})";
        return status switch
        {
            CallStatus.Closed => $"c.deadline < {day}",
            CallStatus.Upcoming => $"{notClosed} AND c.opens_on > {day}",
            // Closing soon is a part of open: an "open" filter or count includes it.
            CallStatus.Open => $"{notClosed} AND {started}",
            _ => $"{notClosed} AND {started} AND c.deadline <= {Parameter(DateValue(today.AddDays(CallStatusRules.ClosingSoonDays)))}",
        };
    }

    private IEnumerable<string> Conditions(SearchQuery query, string? skip, bool includeText)
    {
        if (includeText && !string.IsNullOrWhiteSpace(query.Text) && TextMatches(query.Text) is { } text) yield return text;
        if (skip != FacetNames.Beneficiary && query.Beneficiaries.Count > 0) yield return AnyOf(FacetNames.Beneficiary, query.Beneficiaries);
        if (skip != FacetNames.Theme && query.Themes.Count > 0) yield return AnyOf(FacetNames.Theme, query.Themes);
        if (skip != FacetNames.AidType && query.AidTypes.Count > 0) yield return AnyOf(FacetNames.AidType, query.AidTypes);
        if (skip != FacetNames.Funder && query.Funders.Count > 0) yield return AnyOf(FacetNames.Funder, query.Funders);
        if (skip != FacetNames.Recurrence && query.Recurrences.Count > 0) yield return $"c.recurrence IN ({List(query.Recurrences)})";
        if (skip != FacetNames.Territory && query.Territories.Count > 0)
        {
            var codes = query.Territories.Select(t => t.Code.ToString()).Distinct().ToList();
            var ancestors = query.Territories.SelectMany(t => t.Ancestors).Select(a => a.ToString()).Distinct().ToList();
            yield return InTerritory(codes, ancestors);
        }

        if (skip != FacetNames.Status && query.Statuses.Count > 0)
            yield return string.Join(" OR ", query.Statuses.Distinct().Select(s => $"({StatusCondition(s, query.Today)})"));

        if (query.DeadlineFrom is { } from) yield return $"c.deadline >= {Parameter(DateValue(from))}";
        if (query.DeadlineTo is { } to) yield return $"c.deadline <= {Parameter(DateValue(to))}";

        // Per-project ranges meet: a call stating only a ceiling starts at zero, one stating only a floor has no ceiling;
        // a call stating no amount at all does not answer an amount filter.
        if (query.AmountMinCents is not null || query.AmountMaxCents is not null)
            yield return "c.min_amount IS NOT NULL OR c.max_amount IS NOT NULL";
        if (query.AmountMinCents is { } min) yield return $"c.max_amount IS NULL OR c.max_amount >= {Parameter(min)}";
        if (query.AmountMaxCents is { } max) yield return $"c.min_amount IS NULL OR c.min_amount <= {Parameter(max)}";
    }

    protected string List(IEnumerable<string> values) => string.Join(", ", values.Select(v => Parameter(v)));
}
