namespace Plateforme.Web.Shared.RateLimits;

/// <summary>A partner's API key as stored: its SHA-256 hash only, and the first characters to recognise it in a list.</summary>
public sealed record PartnerKey(Guid Id, string Partner, string Hash, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt = null)
{
    public bool IsLive => RevokedAt is null;
}
