namespace Plateforme.Experiences.Sheets;

/// <summary>Draft (its structure writes) → Submitted (waits for a moderator) → Published; a moderator may return it to draft.</summary>
public enum ExperienceState
{
    Draft,
    Submitted,
    Published,
}
