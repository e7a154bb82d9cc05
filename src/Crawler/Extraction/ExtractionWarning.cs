namespace Plateforme.Crawler.Extraction;

/// <summary>Something a moderator should check about an extracted call: a stable code and a French message.</summary>
public sealed record ExtractionWarning(string Code, string Message);
