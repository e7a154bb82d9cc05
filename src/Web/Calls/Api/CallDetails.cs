using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;

namespace Plateforme.Web.Calls.Api;

/// <summary>Describes one call from the database (the truth), with the same labels and status the search shows.</summary>
public sealed class CallDetails(CallDocumentBuilder documents, CallResponses responses, TimeProvider clock)
{
    public CallDetailResponse Describe(PublishedCall published)
    {
        ArgumentNullException.ThrowIfNull(published);
        var call = published.Call;
        var document = documents.Build(call, published.Funders);
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
            SourceDetails = CallSourceDetailsMapping.From(call, document),
        };
    }
}
