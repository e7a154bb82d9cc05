namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>What a step of a file's history did.</summary>
public enum ChangeKind
{
    Created,
    Edited,
    StatusChanged,
    Pinned,
    Unpinned,
    PublishedAsExperience,
    CampaignStarted,
}
