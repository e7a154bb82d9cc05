namespace Plateforme.Crawler.Extraction.Html;

/// <summary>A description made safe to show: sanitised HTML, its plain text and a short summary.</summary>
public sealed record CleanedHtml(string Html, string PlainText, string Summary)
{
    public static CleanedHtml Empty { get; } = new("", "", "");
}
