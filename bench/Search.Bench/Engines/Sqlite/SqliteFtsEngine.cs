using Microsoft.Data.Sqlite;
using Plateforme.Search.Bench.Engines.Sql;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Engines.Sqlite;

/// <summary>
/// SQLite FTS5 (bm25 with column weights) beside plain tables for filters and facet values, in one file,
/// in process. Facets are one GROUP BY per dimension with the other filters applied.
/// </summary>
public sealed class SqliteFtsEngine(string folder) : ISearchEngine
{
    private const string PageColumns = "c.uid, c.slug, c.title, c.summary, c.territory_label, c.deadline, c.recurrence, c.funder_labels";
    private static readonly CallStatus[] StatusOrder = [CallStatus.Upcoming, CallStatus.Open, CallStatus.ClosingSoon, CallStatus.Closed];

    private readonly string _file = Path.Combine(folder, "calls.db");
    private readonly BuildPhases _phases = new();
    private SqliteConnection? _connection;
    private FacetLabels? _labels;

    public string Name => "sqlite";

    public Task BuildAsync(IReadOnlyList<CallDocument> corpus, CancellationToken cancellationToken)
    {
        _phases.Start();
        _labels = new FacetLabels(corpus);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ToString());
        _connection.Open();
        Execute(SqliteSchema.Pragmas);
        Execute(SqliteSchema.CreateTables);
        SqliteLoader.Load(_connection, corpus, _phases);
        Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        _phases.Lap("checkpoint");
        return Task.CompletedTask;
    }

    public Task<EngineAnswer> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var hits = Page(query);
        var total = Count(query);
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>();
        if (query.IncludeFacets)
        {
            foreach (var dimension in FacetNames.All) facets[dimension] = Facet(query, dimension);
        }

        return Task.FromResult(new EngineAnswer(total, hits, facets));
    }

    public Task<EngineFootprint> MeasureFootprintAsync(CancellationToken cancellationToken)
    {
        Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        var size = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
        using var version = Command(new SqliteFilterBuilder(), "SELECT sqlite_version()");
        return Task.FromResult(new EngineFootprint(size, null, _phases.Seconds,
        [
            $"SQLite {version.ExecuteScalar()} in process, WAL, 128 MB page cache, memory-mapped reads",
            "index size = the database file: calls, call_values, FTS5 segments and b-tree indexes",
        ]));
    }

    public ValueTask DisposeAsync()
    {
        _connection?.Dispose();
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private List<Guid> Page(SearchQuery query)
    {
        var filter = new SqliteFilterBuilder();
        var offset = (Math.Max(query.Page, 1) - 1) * query.PageSize;
        var match = filter.Match(query.Text);
        var sql = match is null
            ? $"SELECT {PageColumns} FROM calls c WHERE {filter.Where(query)} ORDER BY c.published_at DESC, c.id LIMIT {query.PageSize} OFFSET {offset}"
            : $"""
               SELECT {PageColumns} FROM calls_fts JOIN calls c ON c.id = calls_fts.rowid
               WHERE calls_fts MATCH {match} AND {filter.Where(query, includeText: false)}
               ORDER BY {SqliteSchema.Bm25}, c.id LIMIT {query.PageSize} OFFSET {offset}
               """;
        using var command = Command(filter, sql);
        using var reader = command.ExecuteReader();
        var hits = new List<Guid>(query.PageSize);
        while (reader.Read())
        {
            hits.Add(Guid.Parse(reader.GetString(0)));
            // Read the card's columns as an application would.
            for (var column = 1; column < reader.FieldCount; column++) _ = reader.GetValue(column);
        }

        return hits;
    }

    private int Count(SearchQuery query)
    {
        var filter = new SqliteFilterBuilder();
        using var command = Command(filter, $"SELECT count(*) FROM calls c WHERE {filter.Where(query)}");
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private IReadOnlyList<FacetCount> Facet(SearchQuery query, string dimension)
    {
        var filter = new SqliteFilterBuilder();
        if (dimension == FacetNames.Status) return StatusFacet(query, filter);
        var where = filter.Where(query, dimension);
        var sql = dimension switch
        {
            FacetNames.Territory => $"SELECT c.territory, count(*) FROM calls c WHERE {where} GROUP BY 1",
            FacetNames.Recurrence => $"SELECT c.recurrence, count(*) FROM calls c WHERE {where} GROUP BY 1",
            _ => $"SELECT v.value, count(*) FROM call_values v JOIN calls c ON c.id = v.call WHERE v.dimension = '{dimension}' AND {where} GROUP BY 1",
        };
        using var command = Command(filter, sql);
        using var reader = command.ExecuteReader();
        var counts = new List<FacetCount>();
        while (reader.Read()) counts.Add(_labels!.Count(dimension, reader.GetString(0), reader.GetInt32(1)));
        return FacetOrdering.ByCountThenValue(counts);
    }

    private List<FacetCount> StatusFacet(SearchQuery query, SqliteFilterBuilder filter)
    {
        var where = filter.Where(query, FacetNames.Status);
        var counts = string.Join(", ", StatusOrder.Select(s => $"count(*) FILTER (WHERE {filter.StatusCondition(s, query.Today)})"));
        using var command = Command(filter, $"SELECT {counts} FROM calls c WHERE {where}");
        using var reader = command.ExecuteReader();
        reader.Read();
        var result = new List<FacetCount>();
        for (var i = 0; i < StatusOrder.Length; i++)
        {
            var count = reader.GetInt32(i);
            if (count > 0) result.Add(_labels!.Count(FacetNames.Status, StatusOrder[i].ToSlug(), count));
        }

        return result;
    }

    private SqliteCommand Command(SqliteFilterBuilder filter, string sql)
    {
        var command = new SqliteCommand(sql, _connection ?? throw new InvalidOperationException("Build the index first."));
        command.Parameters.AddRange(filter.Parameters);
        return command;
    }

    private void Execute(string sql)
    {
        using var command = Command(new SqliteFilterBuilder(), sql);
        command.ExecuteNonQuery();
    }
}
