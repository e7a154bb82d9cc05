namespace Plateforme.Crawler.Sources;

/// <summary>"https://www.somme.fr" is to be read from "http://127.0.0.1:5123" (a list entry, since configuration keys cannot hold URLs).</summary>
public sealed class BaseUrlOverride
{
    public string Public { get; set; } = "";
    public string Local { get; set; } = "";
}
