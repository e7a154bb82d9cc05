namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>
/// One public source, as written in its versioned JSON file under src/Crawler/Definitions.
/// <see cref="FormatVersion"/> is the file format; <see cref="Revision"/> goes up each time the
/// definition is edited, so a run can tell which mapping produced a call.
/// </summary>
public sealed record SourceDefinition
{
    public int FormatVersion { get; init; }
    public int Revision { get; init; } = 1;
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required FunderOrganisation Funder { get; init; }
    public SourceKind Kind { get; init; }
    public IReadOnlyList<Uri> EntryUrls { get; init; } = [];
    public PagingRule Paging { get; init; } = new();
    public FieldMap Fields { get; init; } = new();
    public DetailFollow? Detail { get; init; }

    /// <summary>Format of numeric dates at this source ("dd/MM/yyyy", "MM/dd/yyyy" for US-ordered open data).</summary>
    public string? DateFormat { get; init; }

    /// <summary>Quartz cron expression (seconds first), e.g. "0 30 5 * * ?".</summary>
    public required string Schedule { get; init; }
    public Politeness Politeness { get; init; } = new();

    /// <summary>Licence or attribution to show next to calls from this source.</summary>
    public required string Licence { get; init; }
    public bool Enabled { get; init; } = true;

    /// <summary>Territory of every call when the source is local ("dep:80"), as "level:code".</summary>
    public string? DefaultTerritory { get; init; }

    /// <summary>Beneficiary slugs when the source only addresses some ("association").</summary>
    public IReadOnlyList<string> DefaultBeneficiaries { get; init; } = [];

    /// <summary>What a reader should know about how faithful the definition is (structure guessed, URL unverified…).</summary>
    public string? Notes { get; init; }
}
