namespace Plateforme.Search.Bench.Engines.Sqlite;

/// <summary>
/// A plain table for filter columns, a table for multi-valued facet values, and a contentless FTS5 table
/// (diacritics removed) whose rowid is the call's, with columns in the same weight order as PostgreSQL's.
/// </summary>
public static class SqliteSchema
{
    /// <summary>bm25 weights of title, weighted terms, summary, description.</summary>
    public const string Bm25 = "bm25(calls_fts, 10.0, 5.0, 2.0, 1.0)";

    public const string Pragmas = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA temp_store = MEMORY;
        PRAGMA cache_size = -131072;
        PRAGMA mmap_size = 1073741824;
        """;

    public const string CreateTables = """
        CREATE TABLE calls (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL,
            slug TEXT NOT NULL,
            title TEXT NOT NULL,
            summary TEXT,
            territory TEXT NOT NULL,
            territory_label TEXT NOT NULL,
            recurrence TEXT NOT NULL,
            opens_on INTEGER,
            deadline INTEGER,
            min_amount INTEGER,
            max_amount INTEGER,
            published_at INTEGER NOT NULL,
            funder_labels TEXT NOT NULL
        );
        CREATE TABLE call_values (
            dimension TEXT NOT NULL,
            value TEXT NOT NULL,
            call INTEGER NOT NULL,
            PRIMARY KEY (dimension, value, call)
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE calls_fts USING fts5(
            title, weighted_terms, summary, description,
            content = '', tokenize = 'unicode61 remove_diacritics 2'
        );
        """;

    public const string InsertCall = """
        INSERT INTO calls (id, uid, slug, title, summary, territory, territory_label, recurrence,
                           opens_on, deadline, min_amount, max_amount, published_at, funder_labels)
        VALUES ($id, $uid, $slug, $title, $summary, $territory, $territory_label, $recurrence,
                $opens_on, $deadline, $min_amount, $max_amount, $published_at, $funder_labels)
        """;

    public const string InsertValue = "INSERT OR IGNORE INTO call_values (dimension, value, call) VALUES ($dimension, $value, $call)";

    public const string InsertText = """
        INSERT INTO calls_fts (rowid, title, weighted_terms, summary, description)
        VALUES ($id, $title, $weighted_terms, $summary, $description)
        """;

    /// <summary>After the inserts: secondary indexes, FTS segments merged into one, statistics.</summary>
    public static IReadOnlyList<string> Finish { get; } =
    [
        "CREATE INDEX calls_territory ON calls (territory)",
        "CREATE INDEX calls_deadline ON calls (deadline)",
        "CREATE INDEX call_values_by_call ON call_values (call, dimension, value)",
        "INSERT INTO calls_fts (calls_fts) VALUES ('optimize')",
        "ANALYZE",
    ];
}
