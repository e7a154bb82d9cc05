using Npgsql;
using NpgsqlTypes;
using Plateforme.Search.Bench.Engines.Sql;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Engines.Postgres;

/// <summary>Filters over PostgreSQL arrays (GIN, <c>&amp;&amp;</c>) and the stored tsvector, with positional parameters.</summary>
public sealed class PostgresFilterBuilder : SqlFilterBuilder
{
    private readonly List<NpgsqlParameter> _parameters = [];

    public IReadOnlyList<NpgsqlParameter> Parameters => _parameters;

    /// <summary>The placeholder of the query text once <see cref="SqlFilterBuilder.Where"/> has met it, for ranking.</summary>
    public string? TextParameter { get; private set; }

    public static string ArrayColumn(string dimension) => dimension switch
    {
        FacetNames.Beneficiary => "beneficiaries",
        FacetNames.Theme => "themes",
        FacetNames.AidType => "aid_types",
        FacetNames.Funder => "funders",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a multi-valued dimension."),
    };

    protected override string Parameter(object value)
    {
        _parameters.Add(value is string[] array
            ? new NpgsqlParameter { Value = array, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text }
            : new NpgsqlParameter { Value = value });
        return $"${_parameters.Count}";
    }

    protected override object DateValue(DateOnly date) => date;

    protected override string AnyOf(string dimension, IReadOnlyList<string> values) =>
        $"c.{ArrayColumn(dimension)} && {Parameter(values.ToArray())}";

    protected override string InTerritory(IReadOnlyList<string> codes, IReadOnlyList<string> ancestors) =>
        ancestors.Count == 0
            ? $"c.territory_path && {Parameter(codes.ToArray())}"
            : $"c.territory_path && {Parameter(codes.ToArray())} OR c.territory = ANY({Parameter(ancestors.ToArray())})";

    protected override string? TextMatches(string text)
    {
        TextParameter = Parameter(text);
        return $"c.search_vector @@ websearch_to_tsquery('{PostgresSchema.TextConfiguration}', {TextParameter})";
    }
}
