namespace Plateforme.Search.Moderation;

/// <summary>A page of the moderation journal, newest first.</summary>
public sealed record JournalPage(IReadOnlyList<ModerationRecord> Records, int Total, int Page, int PageSize);
