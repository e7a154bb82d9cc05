using System.Text.Json.Nodes;
using Plateforme.Crawler.Extraction;
using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// One field a crawl may change on a call: how to read it on both sides (as JSON, for comparing and for the
/// history's before/after) and how to apply the crawled value. Names match <see cref="FundingCall"/>'s
/// properties, as <see cref="FundingCall.ModeratorEditedFields"/> lists them.
/// </summary>
internal sealed record CallField(
    string Name,
    bool IsDate,
    Func<FundingCall, JsonNode?> Current,
    Func<CrawledCall, JsonNode?> Incoming,
    Action<FundingCall, CrawledCall> Apply)
{
    public bool Differs(FundingCall call, CrawledCall crawled) => !JsonNode.DeepEquals(Current(call), Incoming(crawled));
}

/// <summary>A normalised call with its funders resolved to catalogue slugs, and the details a structured source gave.</summary>
internal sealed record CrawledCall(NormalizedCall Call, IReadOnlyList<string> FunderSlugs, CallDetails? Details = null);
