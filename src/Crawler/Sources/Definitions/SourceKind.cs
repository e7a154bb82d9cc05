namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>How a source publishes its calls, which decides the connector that reads it.</summary>
public enum SourceKind
{
    HtmlListing,
    Feed,
    JsonApi,
    Csv,
    AidesTerritoires,
}
