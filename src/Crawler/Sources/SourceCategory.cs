namespace Plateforme.Crawler.Sources;

/// <summary>A category as a source files a call under it, with its theme when the source names one.</summary>
public sealed record SourceCategory(string? Theme, string Name);
