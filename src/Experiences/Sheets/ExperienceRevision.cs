using System.Text.Json;

namespace Plateforme.Experiences.Sheets;

/// <summary>One step of a sheet's history: who did what, when, and the sheet's text as it was after it.</summary>
public sealed class ExperienceRevision
{
    public long Id { get; set; }
    public Guid ExperienceId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public RevisionKind Kind { get; set; }

    /// <summary>The sheet's fields in JSON after this step, so any earlier version can be read back.</summary>
    public string Snapshot { get; set; } = "";

    /// <summary>The sheet's text as it was after this step.</summary>
    public ExperienceInput ReadSnapshot() => JsonSerializer.Deserialize<ExperienceInput>(Snapshot) ?? new ExperienceInput();
}
