using Plateforme.Experiences.Finding;
using Plateforme.Experiences.Sheets;

namespace Plateforme.Web.Experiences.Api;

/// <summary>A published sheet as the API and the map give it (contacts only when its contributor allows).</summary>
public sealed record ExperienceResponse(
    Guid Id,
    string Slug,
    string Url,
    string Title,
    string Summary,
    string Territory,
    string Place,
    string? Neighbourhood,
    bool? PriorityNeighbourhood,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<ExperienceValueResponse> Themes,
    ExperienceValueResponse? Innovation,
    ExperienceValueResponse Carrier,
    string CarrierName,
    string Contributor,
    string Source,
    DateOnly LastReviewedOn,
    bool ToBeUpdated,
    string? Contacts)
{
    public static ExperienceResponse From(Experience sheet, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new ExperienceResponse(
            sheet.Id, sheet.Slug, ExperiencePaths.Sheet(sheet.Slug), sheet.Title, sheet.Summary, sheet.TerritoryCode, ExperiencePlaces.Label(sheet),
            sheet.Neighbourhood, sheet.IsPriorityNeighbourhood, sheet.Latitude, sheet.Longitude,
            sheet.ThemeSlugs.Select(t => new ExperienceValueResponse(t, ExperienceThemes.Label(t))).ToList(),
            sheet.Innovation is { } category ? new ExperienceValueResponse(ExperienceLabels.InnovationSlug(category), ExperienceLabels.Innovation(category)) : null,
            new ExperienceValueResponse(ExperienceLabels.CarrierSlug(sheet.Carrier), ExperienceLabels.Carrier(sheet.Carrier)),
            sheet.CarrierName, sheet.ContributorStructure, sheet.Source, sheet.LastReviewedOn,
            Freshness.NeedsUpdate(sheet.LastReviewedOn, today),
            sheet.ContactsPublic && sheet.Contacts.Length > 0 ? sheet.Contacts : null);
    }
}

/// <summary>A filter value: its slug or code, its French label.</summary>
public sealed record ExperienceValueResponse(string Value, string Label);

/// <summary>A page of found sheets with the facets counted over every sheet found.</summary>
public sealed record ExperienceListResponse(
    int Total,
    int Page,
    IReadOnlyList<ExperienceResponse> Items,
    IReadOnlyList<ExperienceFacet> Themes,
    IReadOnlyList<ExperienceFacet> Innovations,
    IReadOnlyList<ExperienceFacet> Carriers,
    IReadOnlyList<ExperienceFacet> Regions,
    IReadOnlyList<ExperienceFacet> Departements);
