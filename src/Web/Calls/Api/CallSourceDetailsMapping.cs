using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Calls.Api;

/// <summary>The source details of a call for the API; null when no structured source said anything of them.</summary>
internal static class CallSourceDetailsMapping
{
    public static CallSourceDetailsResponse? From(FundingCall call, CallDocument document)
    {
        var any = call.Programmes.Count > 0 || call.PreDepositOn is not null || call.IsCharged is not null || call.EuropeanAid is not null
            || call.PerimeterScale is not null || call.ContactHtml is not null || call.ProjectExamplesHtml is not null
            || call.SourceUpdatedAt is not null || call.AttributionMention is not null || call.AttributionLicence is not null;
        if (!any) return null;
        return new CallSourceDetailsResponse
        {
            Programmes = [.. document.Programmes.Select(p => new ProgrammeResponse(p.Value, p.Label))],
            PreDepositOn = call.PreDepositOn,
            IsCharged = call.IsCharged,
            EuropeanAid = call.EuropeanAid,
            PerimeterScale = call.PerimeterScale is { } scale ? CallSourceText.Scale(scale) : null,
            ContactHtml = call.ContactHtml,
            ProjectExamplesHtml = call.ProjectExamplesHtml,
            SourceUpdatedAt = call.SourceUpdatedAt,
            AttributionMention = call.AttributionMention,
            AttributionLicence = call.AttributionLicence,
            AttributionUrl = call.AttributionUrl,
        };
    }
}
