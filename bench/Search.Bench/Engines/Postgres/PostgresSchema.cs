namespace Plateforme.Search.Bench.Engines.Postgres;

/// <summary>
/// The table the way aides-territoires searches its aids: a stored generated tsvector under an unaccented
/// French configuration, weighted A (title) / B (themes, funders, keywords) / C (summary) / D (description).
/// </summary>
public static class PostgresSchema
{
    public const string TextConfiguration = "fr_unaccent";

    /// <summary>Columns filled by COPY, in order; the tsvector is generated from them.</summary>
    public static IReadOnlyList<string> CopyColumns { get; } =
    [
        "id", "slug", "title", "summary", "description", "weighted_terms", "funder_labels",
        "beneficiaries", "themes", "aid_types", "funders", "territory", "territory_label", "territory_path",
        "recurrence", "opens_on", "deadline", "min_amount", "max_amount", "published_at",
    ];

    // to_tsvector with an explicit regconfig is IMMUTABLE, which a generated column requires.
    public const string CreateTable = $"""
        CREATE EXTENSION IF NOT EXISTS unaccent;
        DROP TABLE IF EXISTS calls;
        DROP TEXT SEARCH CONFIGURATION IF EXISTS {TextConfiguration};
        CREATE TEXT SEARCH CONFIGURATION {TextConfiguration} (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION {TextConfiguration}
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
        CREATE TABLE calls (
            id uuid NOT NULL,
            slug text NOT NULL,
            title text NOT NULL,
            summary text,
            description text,
            weighted_terms text NOT NULL,
            funder_labels text[] NOT NULL,
            beneficiaries text[] NOT NULL,
            themes text[] NOT NULL,
            aid_types text[] NOT NULL,
            funders text[] NOT NULL,
            territory text NOT NULL,
            territory_label text NOT NULL,
            territory_path text[] NOT NULL,
            recurrence text NOT NULL,
            opens_on date,
            deadline date,
            min_amount bigint,
            max_amount bigint,
            published_at timestamptz NOT NULL,
            search_vector tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('{TextConfiguration}'::regconfig, title), 'A') ||
                setweight(to_tsvector('{TextConfiguration}'::regconfig, weighted_terms), 'B') ||
                setweight(to_tsvector('{TextConfiguration}'::regconfig, coalesce(summary, '')), 'C') ||
                setweight(to_tsvector('{TextConfiguration}'::regconfig, coalesce(description, '')), 'D')
            ) STORED
        );
        """;

    /// <summary>Indexes are created after the bulk load, as one does for a rebuild, then statistics gathered.</summary>
    public static IReadOnlyList<string> CreateIndexes { get; } =
    [
        "ALTER TABLE calls ADD PRIMARY KEY (id)",
        "CREATE INDEX calls_search_vector ON calls USING gin (search_vector)",
        "CREATE INDEX calls_beneficiaries ON calls USING gin (beneficiaries)",
        "CREATE INDEX calls_themes ON calls USING gin (themes)",
        "CREATE INDEX calls_aid_types ON calls USING gin (aid_types)",
        "CREATE INDEX calls_funders ON calls USING gin (funders)",
        "CREATE INDEX calls_territory_path ON calls USING gin (territory_path)",
        "CREATE INDEX calls_territory ON calls (territory)",
        "CREATE INDEX calls_deadline ON calls (deadline)",
        "ANALYZE calls",
    ];
}
