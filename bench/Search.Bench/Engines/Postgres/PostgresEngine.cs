using System.Globalization;
using Npgsql;
using Plateforme.Search.Bench.Engines.Sql;
using Plateforme.Search.Bench.Measurement;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Engines.Postgres;

/// <summary>
/// PostgreSQL full text as aides-territoires uses it: GIN over a weighted tsvector, <c>websearch_to_tsquery</c>,
/// <c>ts_rank</c>; filters in SQL; one GROUP BY per facet dimension with the other filters applied. The page,
/// the total and the seven facets go in one batch: one round trip per search.
/// </summary>
public sealed class PostgresEngine(string connectionString) : ISearchEngine
{
    private const string PageColumns = "c.id, c.slug, c.title, c.summary, c.territory_label, c.deadline, c.recurrence, c.funder_labels";

    private readonly BuildPhases _phases = new();
    private NpgsqlDataSource? _dataSource;
    private NpgsqlConnection? _connection;
    private FacetLabels? _labels;

    public string Name => "postgres";

    public async Task BuildAsync(IReadOnlyList<CallDocument> corpus, CancellationToken cancellationToken)
    {
        _phases.Start();
        _labels = new FacetLabels(corpus);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(PostgresSchema.CreateTable, cancellationToken);
        _phases.Lap("schema");
        await PostgresLoader.CopyAsync(_connection, corpus, cancellationToken);
        _phases.Lap("copy (tsvector generated)");
        // A rebuild would raise this for its own session; the server's defaults stay as they are.
        await ExecuteAsync("SET maintenance_work_mem = '256MB'", cancellationToken);
        foreach (var statement in PostgresSchema.CreateIndexes) await ExecuteAsync(statement, cancellationToken);
        await ExecuteAsync("RESET maintenance_work_mem", cancellationToken);
        _phases.Lap("indexes and analyze");
    }

    public async Task<EngineAnswer> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var connection = _connection ?? throw new InvalidOperationException("Build the index first.");
        var labels = _labels!;
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(PageCommand(query));
        batch.BatchCommands.Add(Command(query, null, where => $"SELECT count(*) FROM calls c WHERE {where}"));
        if (query.IncludeFacets)
        {
            foreach (var dimension in FacetNames.All) batch.BatchCommands.Add(FacetCommand(query, dimension));
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var hits = new List<Guid>(query.PageSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(reader.GetGuid(0));
            // Read the card's columns as an application would, so the transfer is paid for.
            for (var column = 1; column < reader.FieldCount; column++) _ = reader.GetValue(column);
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = checked((int)reader.GetInt64(0));

        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>();
        if (query.IncludeFacets)
        {
            foreach (var dimension in FacetNames.All)
            {
                await reader.NextResultAsync(cancellationToken);
                facets[dimension] = await ReadFacetAsync(reader, dimension, labels, cancellationToken);
            }
        }

        return new EngineAnswer(total, hits, facets);
    }

    public async Task<EngineFootprint> MeasureFootprintAsync(CancellationToken cancellationToken)
    {
        var connection = _connection ?? throw new InvalidOperationException("Build the index first.");
        var size = Convert.ToInt64(await ScalarAsync("SELECT pg_total_relation_size('calls')", cancellationToken), CultureInfo.InvariantCulture);
        var version = (string)(await ScalarAsync("SHOW server_version", cancellationToken))!;
        var sharedBuffers = (string)(await ScalarAsync("SHOW shared_buffers", cancellationToken))!;
        var workMem = (string)(await ScalarAsync("SHOW work_mem", cancellationToken))!;
        long? backendRss = ProcessMemory.PeakResidentBytes(connection.ProcessID);
        return new EngineFootprint(size, backendRss, _phases.Seconds,
        [
            $"PostgreSQL {version}, shared_buffers {sharedBuffers}, work_mem {workMem}; server in its own process",
            "index size = pg_total_relation_size('calls'): heap, TOAST, GIN and b-tree indexes",
            "server peak = VmHWM of the backend serving the benchmark's connection (includes shared buffers it touched)",
        ]);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
        if (_dataSource is not null) await _dataSource.DisposeAsync();
    }

    private static NpgsqlBatchCommand PageCommand(SearchQuery query)
    {
        var filter = new PostgresFilterBuilder();
        var where = filter.Where(query);
        var order = filter.TextParameter is { } text
            ? $"ts_rank(c.search_vector, websearch_to_tsquery('{PostgresSchema.TextConfiguration}', {text})) DESC, c.id"
            : "c.published_at DESC, c.id";
        var offset = (Math.Max(query.Page, 1) - 1) * query.PageSize;
        return Command(filter, $"SELECT {PageColumns} FROM calls c WHERE {where} ORDER BY {order} LIMIT {query.PageSize} OFFSET {offset}");
    }

    private static NpgsqlBatchCommand FacetCommand(SearchQuery query, string dimension) => dimension switch
    {
        FacetNames.Territory => Command(query, dimension, where => $"SELECT c.territory, count(*) FROM calls c WHERE {where} GROUP BY 1"),
        FacetNames.Recurrence => Command(query, dimension, where => $"SELECT c.recurrence, count(*) FROM calls c WHERE {where} GROUP BY 1"),
        FacetNames.Status => StatusFacetCommand(query),
        _ => Command(query, dimension, where =>
            $"SELECT v, count(*) FROM calls c CROSS JOIN LATERAL unnest(c.{PostgresFilterBuilder.ArrayColumn(dimension)}) AS v WHERE {where} GROUP BY 1"),
    };

    private static NpgsqlBatchCommand StatusFacetCommand(SearchQuery query)
    {
        var filter = new PostgresFilterBuilder();
        var where = filter.Where(query, FacetNames.Status);
        var counts = string.Join(", ", StatusOrder.Select(s => $"count(*) FILTER (WHERE {filter.StatusCondition(s, query.Today)})"));
        return Command(filter, $"SELECT {counts} FROM calls c WHERE {where}");
    }

    private static readonly CallStatus[] StatusOrder = [CallStatus.Upcoming, CallStatus.Open, CallStatus.ClosingSoon, CallStatus.Closed];

    private static async Task<IReadOnlyList<FacetCount>> ReadFacetAsync(NpgsqlDataReader reader, string dimension, FacetLabels labels, CancellationToken cancellationToken)
    {
        var counts = new List<FacetCount>();
        if (dimension == FacetNames.Status)
        {
            await reader.ReadAsync(cancellationToken);
            for (var i = 0; i < StatusOrder.Length; i++)
            {
                var count = checked((int)reader.GetInt64(i));
                if (count > 0) counts.Add(labels.Count(dimension, StatusOrder[i].ToSlug(), count));
            }

            return counts;
        }

        while (await reader.ReadAsync(cancellationToken))
            counts.Add(labels.Count(dimension, reader.GetString(0), checked((int)reader.GetInt64(1))));
        return FacetOrdering.ByCountThenValue(counts);
    }

    private static NpgsqlBatchCommand Command(SearchQuery query, string? skipDimension, Func<string, string> sql)
    {
        var filter = new PostgresFilterBuilder();
        return Command(filter, sql(filter.Where(query, skipDimension)));
    }

    private static NpgsqlBatchCommand Command(PostgresFilterBuilder filter, string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(filter.Parameters.ToArray());
        return command;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
