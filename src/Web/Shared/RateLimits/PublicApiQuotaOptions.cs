using System.ComponentModel.DataAnnotations;

namespace Plateforme.Web.Shared.RateLimits;

/// <summary>"PublicApi:RateLimit": requests to the public API per client address (or per partner key) in a fixed window.</summary>
public sealed class PublicApiQuotaOptions
{
    public const string SectionName = "PublicApi:RateLimit";

    [Range(1, 10_000_000)]
    public int PermitLimit { get; set; } = 300;

    [Range(1, 10_000_000)]
    public int PartnerPermitLimit { get; set; } = 3000;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
