namespace Plateforme.Experiences.Places;

/// <summary>A WGS 84 point, in decimal degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);
