namespace Plateforme.Crawler.Health.Alarms;

/// <summary>
/// A source attached to a partner structure by an administrator: the structure keeps the source (it is told when the
/// source fails). The structure is an id of the accounts module, which the crawler does not know.
/// </summary>
public sealed class SourceOwner
{
    public required string SourceId { get; set; }

    public Guid StructureId { get; set; }

    public DateTimeOffset AttachedAt { get; set; }
}
