namespace Plateforme.Lending.Photos;

/// <summary>A photo of a campaign, stored after its type was checked by content and its pixels re-encoded.</summary>
public sealed class CampaignPhoto
{
    public Guid Id { get; init; }
    public Guid CampaignId { get; init; }

    /// <summary>"image/jpeg" or "image/png", from the bytes, never from the upload's claim ("image/webp" for photos stored before re-encoding).</summary>
    public required string ContentType { get; init; }
    public required byte[] Bytes { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }

    /// <summary>A short description for screen readers.</summary>
    public string? AltText { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}
