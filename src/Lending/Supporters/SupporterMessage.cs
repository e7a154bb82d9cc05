namespace Plateforme.Lending.Supporters;

/// <summary>News a carrier writes to the campaign's supporters, shown on the campaign page. Plain text.</summary>
public sealed class SupporterMessage
{
    public Guid Id { get; init; }
    public Guid CampaignId { get; init; }
    public required string AuthorUserId { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
