namespace Plateforme.Experiences.Import;

/// <summary>The file is not a uMap GeoJSON export; its message is French, for the person who sent it.</summary>
public sealed class UmapFormatException(string message) : Exception(message);
