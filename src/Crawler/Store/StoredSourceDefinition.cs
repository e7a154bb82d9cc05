namespace Plateforme.Crawler.Store;

/// <summary>
/// A source definition as the crawler runs it: loaded from the shipped file at start, later editable by an admin.
/// A file replaces the row only when its revision is higher, so an admin's edit survives a restart.
/// </summary>
public sealed class StoredSourceDefinition
{
    public required string SourceId { get; set; }
    public int Revision { get; set; }

    /// <summary>The definition in the file format (see SourceDefinitionLoader).</summary>
    public required string Json { get; set; }
    public bool Enabled { get; set; }
    public required string Schedule { get; set; }

    /// <summary>"file:appelaprojets.json" or "admin:42": who wrote this revision.</summary>
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
