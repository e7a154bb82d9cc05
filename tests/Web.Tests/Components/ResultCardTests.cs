using Bunit;
using Plateforme.Web.Calls.Components;

namespace Plateforme.Web.Tests.Components;

public sealed class ResultCardTests : ComponentTestContext
{
    private IRenderedComponent<ResultCard> RenderCard(CallBuilder call) =>
        Render<ResultCard>(p => p.Add(c => c.Hit, call.Hit()).Add(c => c.Today, Today));

    [Fact]
    public void The_title_links_to_the_call_page_and_funders_to_their_pages()
    {
        var card = RenderCard(new CallBuilder());

        var title = card.Find("[data-testid=result-title]");
        Assert.Equal("Appel à projets « Insertion des jeunes » 2027", title.TextContent);
        Assert.Equal("/appels/aap-insertion-jeunes-somme-2027", title.GetAttribute("href"));
        Assert.Equal("/financeurs/departement-somme", card.Find("[data-testid=result-funders] a").GetAttribute("href"));
        Assert.Contains("Somme", card.Find("[data-testid=result-territory]").TextContent, StringComparison.Ordinal);
        Assert.Equal(card.Find("article").GetAttribute("aria-labelledby"), card.Find("h3").Id);
    }

    [Fact]
    public void The_card_shows_the_amount_aid_type_and_beneficiaries()
    {
        var card = RenderCard(new CallBuilder().With(c => c with { MinAmountCents = 500_000, MaxAmountCents = 3_000_000 }));

        Assert.Equal("De 5\u202F000\u00A0€ à 30\u202F000\u00A0€", card.Find("[data-testid=result-amount]").TextContent);
        Assert.Contains("Subvention", card.Markup, StringComparison.Ordinal);
        Assert.Contains("Association, Commune", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_amount_the_rate_is_shown()
    {
        var card = RenderCard(new CallBuilder().With(c => c with { RateMaxPercent = 80 }));

        Assert.Equal("Jusqu'à 80\u00A0% des dépenses", card.Find("[data-testid=result-amount]").TextContent);
    }

    [Fact]
    public void The_deadline_badge_counts_the_days_left()
    {
        var card = RenderCard(new CallBuilder().With(c => c with { Deadline = Today.AddDays(6) }));

        var badge = card.Find("[data-testid=deadline-badge]");
        Assert.StartsWith("J-6", badge.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("urgent", badge.GetAttribute("data-urgency"));
    }

    [Fact]
    public void Matched_words_are_marked_and_nothing_else_of_the_snippet_becomes_markup()
    {
        var card = RenderCard(new CallBuilder().WithSnippet("…accompagner l'<mark>insertion</mark> des jeunes <script>alert(1)</script> &amp; des adultes"));

        var snippet = card.Find("[data-testid=result-snippet]");
        Assert.Equal("insertion", snippet.QuerySelector("mark")!.TextContent);
        Assert.Null(snippet.QuerySelector("script"));
        Assert.Contains("<script>alert(1)</script> & des adultes", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_snippet_the_summary_is_shown()
    {
        var card = RenderCard(new CallBuilder());

        Assert.Contains("Soutenir les associations", card.Find(".result-card__snippet").TextContent, StringComparison.Ordinal);
    }
}
