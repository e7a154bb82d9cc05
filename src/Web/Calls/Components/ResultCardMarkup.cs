using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Plateforme.Search.Indexing;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Calls.Components;

/// <summary>
/// The result cards of a search drawn once as HTML, for the results page to hand to the browser as a block
/// (<see cref="BrowserHtml"/>). A card has nothing interactive (its links work as links), and as components the
/// twenty cards were about a quarter of what an idle results page kept in memory per visitor (bench/README.md): every
/// component holds its last two render trees.
/// </summary>
public sealed class ResultCardMarkup(IServiceProvider services, ILoggerFactory loggers)
{
    /// <summary>
    /// The hits' cards as two ordered lists, in the hits' order: the exact ones first, numbered from
    /// <paramref name="firstRank"/>, then the approximate ones numbered on from there.
    /// </summary>
    public async Task<CardLists> RenderAsync(IReadOnlyList<SearchHit> hits, DateOnly today, string? fromSearch, int firstRank)
    {
        await using var renderer = new HtmlRenderer(new ReadableHtml(services), loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var exact = hits.Where(hit => !hit.IsApproximate).ToList();
            var approximate = hits.Where(hit => hit.IsApproximate).ToList();
            return new CardLists(
                await ListAsync(renderer, exact, "results-list", firstRank, today, fromSearch),
                await ListAsync(renderer, approximate, "approximate-list", firstRank + exact.Count, today, fromSearch));
        });
    }

    private static async Task<string?> ListAsync(HtmlRenderer renderer, List<SearchHit> hits, string testId, int start, DateOnly today, string? fromSearch)
    {
        if (hits.Count == 0) return null;
        var html = new StringBuilder("<ol class=\"results-list\" data-testid=\"").Append(testId).Append("\" start=\"")
            .Append(start.ToString(CultureInfo.InvariantCulture)).Append("\">");
        await using var into = new StringWriter(html, CultureInfo.InvariantCulture);
        foreach (var hit in hits)
        {
            var card = await renderer.RenderComponentAsync<ResultCard>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ResultCard.Hit)] = hit,
                [nameof(ResultCard.Today)] = today,
                [nameof(ResultCard.FromSearch)] = fromSearch,
            }));
            html.Append("<li>");
            card.WriteHtmlTo(into);
            html.Append("</li>");
        }

        return html.Append("</ol>").ToString();
    }

    /// <summary>
    /// The renderer's services, with the encoder that leaves accented letters as they are: the cards are held as text
    /// for as long as the page is open (4 % shorter on the demo catalogue; more on calls written in full French).
    /// </summary>
    private sealed class ReadableHtml(IServiceProvider inner) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? FrenchHtml.Encoder : inner.GetService(serviceType);
    }
}
