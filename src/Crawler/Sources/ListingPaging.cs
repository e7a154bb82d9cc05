using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources;

/// <summary>
/// The page-to-page walk shared by connectors, with its three stops: the page limit, a page with
/// no item, and a page seen before (by URL, or by the same items under another URL, as when a
/// site answers every offset past the end with its last page).
/// </summary>
public sealed class ListingPaging(PagingRule rule, Uri entry)
{
    private readonly HashSet<string> _visitedUrls = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenContents = new(StringComparer.Ordinal);
    private int _pagesRead;

    public Uri? Next { get; private set; } = entry;

    /// <summary>False (and the reason noted) when <paramref name="url"/> must not be read.</summary>
    public bool TryVisit(Uri url, SourceRunDiagnostics diagnostics)
    {
        if (_pagesRead >= rule.MaxPages)
        {
            return Stop(diagnostics, $"nombre maximal de pages atteint ({rule.MaxPages})");
        }

        return _visitedUrls.Add(url.AbsoluteUri) || Stop(diagnostics, $"page déjà lue ({url})");
    }

    /// <summary>Whether a page read with <paramref name="itemCount"/> items whose content is <paramref name="fingerprint"/> is new.</summary>
    public bool Accept(int itemCount, string fingerprint, SourceRunDiagnostics diagnostics)
    {
        _pagesRead++;
        if (itemCount == 0)
        {
            return Stop(diagnostics, "page sans élément");
        }

        return _seenContents.Add(fingerprint) || Stop(diagnostics, "page répétée (mêmes éléments qu'une page précédente)");
    }

    /// <summary>Moves on: to the next link found on the page, or to the pattern's next value.</summary>
    public void Advance(Uri? nextLink, SourceRunDiagnostics diagnostics)
    {
        Next = rule.Mode switch
        {
            PagingMode.NextLink or PagingMode.NextField => nextLink,
            PagingMode.UrlPattern => new Uri(rule.UrlPattern!
                .Replace("{page}", Counter(), StringComparison.Ordinal)
                .Replace("{offset}", Counter(), StringComparison.Ordinal)),
            _ => null,
        };
        if (Next is null)
        {
            diagnostics.PagingStopReason = "dernière page (pas de page suivante)";
        }
    }

    private string Counter() =>
        (rule.Start + ((_pagesRead - 1) * rule.Step)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private bool Stop(SourceRunDiagnostics diagnostics, string reason)
    {
        diagnostics.PagingStopReason = reason;
        Next = null;
        return false;
    }
}
