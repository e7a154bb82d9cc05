using Npgsql;
using NpgsqlTypes;
using Plateforme.Search.Bench.Engines.Sql;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Engines.Postgres;

/// <summary>Bulk load through binary COPY, the fastest way into PostgreSQL.</summary>
public static class PostgresLoader
{
    private const NpgsqlDbType TextArray = NpgsqlDbType.Array | NpgsqlDbType.Text;

    public static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<CallDocument> corpus, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", PostgresSchema.CopyColumns);
        await using var writer = await connection.BeginBinaryImportAsync($"COPY calls ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var call in corpus)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(call.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(call.Slug, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(call.Title, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, call.Summary, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, call.DescriptionText, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(SearchableText.WeightedTerms(call), NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(call.Funders.Select(f => f.Label).ToArray(), TextArray, cancellationToken);
            await writer.WriteAsync(call.Beneficiaries.Select(b => b.Value).ToArray(), TextArray, cancellationToken);
            await writer.WriteAsync(call.Themes.Select(t => t.Value).ToArray(), TextArray, cancellationToken);
            await writer.WriteAsync(call.AidTypes.Select(a => a.Value).ToArray(), TextArray, cancellationToken);
            await writer.WriteAsync(call.Funders.Select(f => f.Value).ToArray(), TextArray, cancellationToken);
            await writer.WriteAsync(call.Territory.Value, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(call.Territory.Label, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(call.TerritoryPath.ToArray(), TextArray, cancellationToken);
            await writer.WriteAsync(call.Recurrence, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, call.OpensOn, NpgsqlDbType.Date, cancellationToken);
            await WriteNullableAsync(writer, call.Deadline, NpgsqlDbType.Date, cancellationToken);
            await WriteNullableAsync(writer, call.MinAmountCents, NpgsqlDbType.Bigint, cancellationToken);
            await WriteNullableAsync(writer, call.MaxAmountCents, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(call.PublishedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : class
    {
        if (value is null) await writer.WriteNullAsync(cancellationToken);
        else await writer.WriteAsync(value, type, cancellationToken);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct
    {
        if (value is { } present) await writer.WriteAsync(present, type, cancellationToken);
        else await writer.WriteNullAsync(cancellationToken);
    }
}
