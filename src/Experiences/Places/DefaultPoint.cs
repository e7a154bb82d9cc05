using Plateforme.Experiences.Sheets;

namespace Plateforme.Experiences.Places;

/// <summary>
/// A sheet without a point of its own goes on the map at its place's centre; a point the contributor typed is kept.
/// A point that was only the old place's centre follows the place when the contributor changes it.
/// </summary>
public static class DefaultPoint
{
    public static ExperienceInput Apply(ExperienceInput input, Experience? before = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var centres = PlaceCentres.Default;
        var typed = input.Latitude is { } lat && input.Longitude is { } lon ? new GeoPoint(lat, lon) : (GeoPoint?)null;
        var placeChanged = before is not null && !string.Equals(before.TerritoryCode, input.TerritoryCode.Trim(), StringComparison.Ordinal);
        var wasOldCentre = typed is not null && placeChanged && centres.Find(before!.TerritoryCode) == typed;
        if (typed is not null && !wasOldCentre) return input;
        var centre = centres.Find(input.TerritoryCode);
        return input with { Latitude = centre?.Latitude, Longitude = centre?.Longitude };
    }
}
