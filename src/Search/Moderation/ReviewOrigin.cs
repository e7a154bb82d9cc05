namespace Plateforme.Search.Moderation;

public enum ReviewOrigin
{
    /// <summary>Posted by an organisation through its form.</summary>
    Submitted,

    /// <summary>Found by a crawl on a source that is not trusted.</summary>
    Imported,
}
