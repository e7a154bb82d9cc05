using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Plateforme.Search.Indexing;

namespace Plateforme.Web.Calls.Components;

/// <summary>
/// The result cards of a search drawn once as HTML, for the results page to hold as one markup block each. A card has
/// nothing interactive (its links work as links), and as components the twenty cards were about a quarter of what an
/// idle results page keeps in memory per visitor (bench/README.md): every component holds its last two render trees.
/// </summary>
public sealed class ResultCardMarkup(IServiceProvider services, ILoggerFactory loggers)
{
    public async Task<IReadOnlyDictionary<Guid, MarkupString>> RenderAsync(IEnumerable<SearchHit> hits, DateOnly today, string? fromSearch)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var cards = new Dictionary<Guid, MarkupString>();
            foreach (var hit in hits)
            {
                var card = await renderer.RenderComponentAsync<ResultCard>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(ResultCard.Hit)] = hit,
                    [nameof(ResultCard.Today)] = today,
                    [nameof(ResultCard.FromSearch)] = fromSearch,
                }));
                cards[hit.Call.Id] = new MarkupString(card.ToHtmlString());
            }

            return cards;
        });
    }
}
