namespace Plateforme.Crawler.Sources.Html;

/// <summary>What a detail page gave: its fields, visible text, the content's HTML for audit, and its date.</summary>
public sealed record DetailPage(Uri Url, ItemFields Fields, string? VisibleText, string ContentHtml, DateOnly Date);
