namespace Plateforme.Search.Moderation;

/// <summary>A call waiting for a decision in the queue.</summary>
public sealed record ReviewItem(Guid CallId, string Title, ReviewOrigin Origin, DateTimeOffset Since, IReadOnlyList<string> Funders, string? SourceId);
