using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Web.Calls.Api;

/// <summary>Describes one call from the database (the truth), with the same labels and status the search shows.</summary>
public sealed class CallDetails(CatalogueDbContext db, CallDocumentBuilder documents, CallResponses responses, TimeProvider clock)
{
    public async Task<CallDetailResponse> DescribeAsync(FundingCall call, CancellationToken cancellationToken)
    {
        var funders = await db.Funders.AsNoTracking()
            .Where(f => call.Funders.Contains(f.Slug))
            .ToDictionaryAsync(f => f.Slug, StringComparer.Ordinal, cancellationToken);
        var document = documents.Build(call, funders);
        var today = CallStatusRules.TodayInParis(clock);
        var summary = responses.Summary(document, CallStatusRules.StatusOn(today, call.OpensOn, call.Deadline), today);

        return new CallDetailResponse(summary)
        {
            ShortTitle = call.ShortTitle,
            DescriptionHtml = call.DescriptionHtml,
            Eligibility = call.Eligibility,
            ProjectExamples = call.ProjectExamples,
            Contact = call.Contact,
            SubThemes = [.. document.SubThemes.Select(s => s.Label)],
            Keywords = call.Keywords,
            Destinations = call.Destinations,
            MaxWinners = call.MaxWinners,
            OriginUrl = call.OriginUrl,
            ApplicationUrl = call.ApplicationUrl,
            Sources = [.. call.Sources.OrderBy(s => s.FirstSeenAt).Select(s => new CallSourceResponse(s.SourceId, s.Url, s.FirstSeenAt, s.LastSeenAt))],
            UpdatedAt = call.UpdatedAt,
        };
    }
}
