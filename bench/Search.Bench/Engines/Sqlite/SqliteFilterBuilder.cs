using System.Globalization;
using Microsoft.Data.Sqlite;
using Plateforme.Search.Bench.Engines.Sql;

namespace Plateforme.Search.Bench.Engines.Sqlite;

/// <summary>Filters over the SQLite tables: multi-valued dimensions through <c>call_values</c>, text through FTS5.</summary>
public sealed class SqliteFilterBuilder : SqlFilterBuilder
{
    /// <summary>Dimension name in <c>call_values</c> for the territory path (a call's perimeter and every enclosing one).</summary>
    public const string PathDimension = "path";

    private readonly List<SqliteParameter> _parameters = [];

    public IReadOnlyList<SqliteParameter> Parameters => _parameters;

    /// <summary>The FTS5 expression once <see cref="SqlFilterBuilder.Where"/> has met the text, for the ranked page.</summary>
    public string? MatchParameter { get; private set; }

    /// <summary>Adds the FTS5 expression for the page query, which joins the FTS table itself.</summary>
    public string? Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Fts5QueryText.FromUserText(text) is not { } expression) return null;
        MatchParameter = Parameter(expression);
        return MatchParameter;
    }

    protected override string Parameter(object value)
    {
        var name = "$p" + (_parameters.Count + 1).ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new SqliteParameter(name, value));
        return name;
    }

    protected override object DateValue(DateOnly date) => date.DayNumber;

    protected override string AnyOf(string dimension, IReadOnlyList<string> values) =>
        $"c.id IN (SELECT call FROM call_values WHERE dimension = '{dimension}' AND value IN ({List(values)}))";

    protected override string InTerritory(IReadOnlyList<string> codes, IReadOnlyList<string> ancestors)
    {
        var inside = $"c.id IN (SELECT call FROM call_values WHERE dimension = '{PathDimension}' AND value IN ({List(codes)}))";
        return ancestors.Count == 0 ? inside : $"{inside} OR c.territory IN ({List(ancestors)})";
    }

    protected override string? TextMatches(string text) =>
        Fts5QueryText.FromUserText(text) is { } expression
            ? $"c.id IN (SELECT rowid FROM calls_fts WHERE calls_fts MATCH {Parameter(expression)})"
            : null;
}
