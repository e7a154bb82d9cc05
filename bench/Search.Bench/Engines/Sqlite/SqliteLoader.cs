using Microsoft.Data.Sqlite;
using Plateforme.Search.Bench.Engines;
using Plateforme.Search.Bench.Engines.Sql;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Engines.Sqlite;

/// <summary>Inserts the corpus with three prepared statements inside one transaction.</summary>
public static class SqliteLoader
{
    public static void Load(SqliteConnection connection, IReadOnlyList<CallDocument> corpus, BuildPhases phases)
    {
        using var transaction = connection.BeginTransaction();
        using var call = Prepare(connection, transaction, SqliteSchema.InsertCall,
            "$id", "$uid", "$slug", "$title", "$summary", "$territory", "$territory_label", "$recurrence",
            "$opens_on", "$deadline", "$min_amount", "$max_amount", "$published_at", "$funder_labels");
        using var value = Prepare(connection, transaction, SqliteSchema.InsertValue, "$dimension", "$value", "$call");
        using var text = Prepare(connection, transaction, SqliteSchema.InsertText, "$id", "$title", "$weighted_terms", "$summary", "$description");

        for (var index = 0; index < corpus.Count; index++)
        {
            var document = corpus[index];
            long rowId = index + 1;
            Run(call, rowId, document.Id.ToString(), document.Slug, document.Title, document.Summary, document.Territory.Value,
                document.Territory.Label, document.Recurrence, document.OpensOn?.DayNumber, document.Deadline?.DayNumber,
                document.MinAmountCents, document.MaxAmountCents, document.PublishedAt.ToUnixTimeSeconds(),
                string.Join(", ", document.Funders.Select(f => f.Label)));

            AddValues(value, FacetNames.Beneficiary, document.Beneficiaries.Select(b => b.Value), rowId);
            AddValues(value, FacetNames.Theme, document.Themes.Select(t => t.Value), rowId);
            AddValues(value, FacetNames.AidType, document.AidTypes.Select(a => a.Value), rowId);
            AddValues(value, FacetNames.Funder, document.Funders.Select(f => f.Value), rowId);
            AddValues(value, SqliteFilterBuilder.PathDimension, document.TerritoryPath, rowId);

            Run(text, rowId, document.Title, SearchableText.WeightedTerms(document), document.Summary, document.DescriptionText);
        }

        phases.Lap("inserts");
        foreach (var statement in SqliteSchema.Finish)
        {
            using var command = new SqliteCommand(statement, connection, transaction);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        phases.Lap("indexes, optimize, analyze, commit");
    }

    private static void AddValues(SqliteCommand command, string dimension, IEnumerable<string> values, long rowId)
    {
        foreach (var value in values) Run(command, dimension, value, rowId);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = new SqliteCommand(sql, connection, transaction);
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
