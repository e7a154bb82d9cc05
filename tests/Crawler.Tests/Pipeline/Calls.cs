using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Extraction.Identity;

namespace Plateforme.Crawler.Tests.Pipeline;

/// <summary>Builders of crawled calls for merger tests.</summary>
internal static class Calls
{
    public static NormalizedCall Crawled(
        string sourceId = "ville-amiens",
        string externalId = "contrat-de-ville",
        string title = "Contrat de ville 2026 : appel à projets",
        string funder = "ville-amiens",
        DateOnly? deadline = null,
        string? url = null)
    {
        deadline ??= new DateOnly(2026, 2, 2);
        var page = url ?? $"https://www.{sourceId}.example/aap/{externalId}";
        return new NormalizedCall
        {
            SourceId = sourceId,
            ExternalId = externalId,
            Title = title,
            Summary = "Projets associatifs dans les quartiers prioritaires.",
            Funders = [funder],
            Beneficiaries = ["association"],
            Territory = "com:80021",
            Deadline = deadline,
            SourceUrl = page,
            OriginUrl = page,
            CanonicalUrl = UrlCanonicalizer.Canonicalize(new Uri(page)).AbsoluteUri,
            Fingerprint = CallFingerprint.Compute(title, funder, deadline),
        };
    }
}
