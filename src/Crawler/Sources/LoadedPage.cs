namespace Plateforme.Crawler.Sources;

/// <summary>A page as connectors see it: decoded text, public URL (after redirects and rewriting) and its date in Paris.</summary>
public sealed record LoadedPage(Uri Url, string Text, DateOnly Date);
