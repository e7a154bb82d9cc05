using Plateforme.Crawler.Health;

namespace Plateforme.Web.Admin.Sources.Api;

/// <summary>A source with its run history (newest first) and its dead links.</summary>
public sealed record AdminSourceDetailResponse(AdminSourceResponse Source, IReadOnlyList<AdminRunResponse> Runs, IReadOnlyList<AdminDeadLinkResponse> DeadLinks)
{
    public static AdminSourceDetailResponse From(SourceStatusDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return new(AdminSourceResponse.From(detail.Status), [.. detail.Runs.Select(AdminRunResponse.From)],
            [.. detail.DeadLinks.Select(p => new AdminDeadLinkResponse(p.Url, p.CallId, p.LinkDeadSince!.Value, p.LinkStatusCode))]);
    }
}
