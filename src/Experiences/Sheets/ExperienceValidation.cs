using Plateforme.Experiences.Resources;
using Plateforme.Search.Reference;

namespace Plateforme.Experiences.Sheets;

/// <summary>The French problems of a sheet's input, empty when it can be saved.</summary>
public static class ExperienceValidation
{
    public static IReadOnlyList<string> Problems(ExperienceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 300) problems.Add(ExperienceText.ErrorTitle);
        if (string.IsNullOrWhiteSpace(input.Summary) || input.Summary.Trim().Length > 2000) problems.Add(ExperienceText.ErrorSummary);
        if (!Search.Reference.TerritoryCode.TryParse(input.TerritoryCode, out var code) || !TerritoryDirectory.Default.IsKnown(code) && code != Search.Reference.TerritoryCode.National)
            problems.Add(ExperienceText.ErrorTerritory);
        if (input.Themes.Count == 0 || input.Themes.Any(t => !ExperienceThemes.IsKnown(t))) problems.Add(ExperienceText.ErrorThemes);
        if (input.Latitude is { } lat && (lat < -90 || lat > 90) || input.Longitude is { } lon && (lon < -180 || lon > 180)
            || input.Latitude.HasValue != input.Longitude.HasValue)
            problems.Add(ExperienceText.ErrorCoordinates);
        if (string.IsNullOrWhiteSpace(input.CarrierName)) problems.Add(ExperienceText.ErrorCarrierName);
        if (input.Links.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(l => ExperienceLink.Parse(l) is null))
            problems.Add(ExperienceText.ErrorLinks);
        return problems;
    }
}
