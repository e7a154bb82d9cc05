namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>Open each item's link and read more fields there; a field found on the detail page wins over the listing's.</summary>
public sealed record DetailFollow
{
    public FieldMap Fields { get; init; } = new();

    /// <summary>CSS selector of the main content, whose visible text becomes <see cref="RawCall.PageText"/>; the body when absent.</summary>
    public string? ContentSelector { get; init; }
}
