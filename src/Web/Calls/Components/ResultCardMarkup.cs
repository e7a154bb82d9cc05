using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Plateforme.Search.Indexing;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Calls.Components;

/// <summary>
/// The result cards of a search drawn once as HTML, for the results page to hold as one markup block each. A card has
/// nothing interactive (its links work as links), and as components the twenty cards were about a quarter of what an
/// idle results page keeps in memory per visitor (bench/README.md): every component holds its last two render trees.
/// </summary>
public sealed class ResultCardMarkup(IServiceProvider services, ILoggerFactory loggers)
{
    /// <summary>The hits' cards, in the hits' order.</summary>
    public async Task<IReadOnlyList<ListedCard>> RenderAsync(IEnumerable<SearchHit> hits, DateOnly today, string? fromSearch)
    {
        await using var renderer = new HtmlRenderer(new ReadableHtml(services), loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var cards = new List<ListedCard>();
            foreach (var hit in hits)
            {
                var card = await renderer.RenderComponentAsync<ResultCard>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(ResultCard.Hit)] = hit,
                    [nameof(ResultCard.Today)] = today,
                    [nameof(ResultCard.FromSearch)] = fromSearch,
                }));
                cards.Add(new ListedCard(hit.Call.Id, hit.IsApproximate, new MarkupString(card.ToHtmlString())));
            }

            return cards;
        });
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
