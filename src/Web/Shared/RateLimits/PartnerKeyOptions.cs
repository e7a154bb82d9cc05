namespace Plateforme.Web.Shared.RateLimits;

/// <summary>"PublicApi:PartnerKeys": where the hashed partner keys are kept (relative paths: under the content root).</summary>
public sealed class PartnerKeyOptions
{
    public const string SectionName = "PublicApi:PartnerKeys";

    public string Path { get; set; } = "data/partner-keys.json";
}
