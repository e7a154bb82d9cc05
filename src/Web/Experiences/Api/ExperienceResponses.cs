using Plateforme.Experiences.Finding;
using Plateforme.Experiences.Sheets;

namespace Plateforme.Web.Experiences.Api;

/// <summary>A published sheet as the API and the map give it (contacts only when its contributor allows).</summary>
public sealed record ExperienceResponse
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Territory { get; init; }
    public required string Place { get; init; }
    public string? Neighbourhood { get; init; }
    public bool? PriorityNeighbourhood { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public required IReadOnlyList<ExperienceValueResponse> Themes { get; init; }
    public ExperienceValueResponse? Innovation { get; init; }
    public required ExperienceValueResponse Carrier { get; init; }
    public required string CarrierName { get; init; }
    public required string Contributor { get; init; }
    public required string Source { get; init; }
    public required DateOnly LastReviewedOn { get; init; }
    public required bool ToBeUpdated { get; init; }

    /// <summary>Only when the contributor agreed to publish them.</summary>
    public string? Contacts { get; init; }

    public static ExperienceResponse From(Experience sheet, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new ExperienceResponse
        {
            Id = sheet.Id,
            Slug = sheet.Slug,
            Url = ExperiencePaths.Sheet(sheet.Slug),
            Title = sheet.Title,
            Summary = sheet.Summary,
            Territory = sheet.TerritoryCode,
            Place = ExperiencePlaces.Label(sheet),
            Neighbourhood = sheet.Neighbourhood,
            PriorityNeighbourhood = sheet.IsPriorityNeighbourhood,
            Latitude = sheet.Latitude,
            Longitude = sheet.Longitude,
            Themes = sheet.ThemeSlugs.Select(t => new ExperienceValueResponse(t, ExperienceThemes.Label(t))).ToList(),
            Innovation = sheet.Innovation is { } category ? new ExperienceValueResponse(ExperienceLabels.InnovationSlug(category), ExperienceLabels.Innovation(category)) : null,
            Carrier = new ExperienceValueResponse(ExperienceLabels.CarrierSlug(sheet.Carrier), ExperienceLabels.Carrier(sheet.Carrier)),
            CarrierName = sheet.CarrierName,
            Contributor = sheet.ContributorStructure,
            Source = sheet.Source,
            LastReviewedOn = sheet.LastReviewedOn,
            ToBeUpdated = Freshness.NeedsUpdate(sheet.LastReviewedOn, today),
            Contacts = sheet.ContactsPublic && sheet.Contacts.Length > 0 ? sheet.Contacts : null,
        };
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
