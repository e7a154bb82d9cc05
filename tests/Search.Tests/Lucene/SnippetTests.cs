using static Plateforme.Search.Tests.Lucene.CallBuilder;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Lucene;

public class SnippetTests
{
    [Fact]
    public async Task Matched_words_are_marked_in_whatever_form_they_take()
    {
        using var index = await WithAsync(Call("Vie locale").Summary("Soutenir l'association sportive du quartier."));

        var snippet = index.Search("associations").Hits[0].Snippet;

        Assert.Equal("Soutenir l&#39;<mark>association</mark> sportive du quartier.", snippet);
    }

    [Fact]
    public async Task Everything_but_the_marks_is_escaped()
    {
        using var index = await WithAsync(Call("Test").Summary("<script>alert(\"x\")</script> emploi & insertion"));

        var snippet = index.Search("emploi").Hits[0].Snippet;

        Assert.Equal("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>emploi</mark> &amp; insertion", snippet);
    }

    [Fact]
    public async Task The_extract_is_taken_around_the_first_match_of_a_long_description()
    {
        var filler = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet. ", 40));
        using var index = await WithAsync(Call("Test").Summary("Un résumé sans rapport.").Description(filler + "Le volet jeunesse finance les colonies. " + filler));

        var snippet = index.Search("jeunesse").Hits[0].Snippet!;

        Assert.Contains("<mark>jeunesse</mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length, 100, 210);
    }

    [Fact]
    public async Task Several_words_and_phrases_are_all_marked()
    {
        using var index = await WithAsync(Call("Test").Summary("Insertion des jeunes par le sport en quartiers prioritaires."));

        var snippet = index.Search("jeune \"quartiers prioritaires\"").Hits[0].Snippet;

        Assert.Equal("Insertion des <mark>jeunes</mark> par le sport en <mark>quartiers</mark> <mark>prioritaires</mark>.", snippet);
    }

    [Fact]
    public async Task A_title_only_match_shows_the_start_of_the_summary()
    {
        using var index = await WithAsync(Call("Fonds culture").Summary("Pour les lieux de création."));

        var snippet = index.Search("culture").Hits[0].Snippet;

        Assert.Equal("Pour les lieux de création.", snippet);
    }

    [Fact]
    public async Task Without_text_there_is_no_snippet()
    {
        using var index = await WithAsync(Call("Fonds culture").Summary("Pour les lieux de création."));

        Assert.Null(index.Search((string?)null).Hits[0].Snippet);
    }

    [Fact]
    public async Task Typo_tolerant_matches_are_marked_too()
    {
        using var index = await WithAsync(Call("Alimentation durable").Summary("Une alimentation locale pour tous."));

        var snippet = index.Search("alimantation").Hits[0].Snippet;

        Assert.Equal("Une <mark>alimentation</mark> locale pour tous.", snippet);
    }
}
