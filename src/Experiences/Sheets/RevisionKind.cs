namespace Plateforme.Experiences.Sheets;

public enum RevisionKind
{
    Created,
    Edited,
    Submitted,
    Published,
    Returned,
    Seeded,
}
