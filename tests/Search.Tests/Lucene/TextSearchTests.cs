using Plateforme.Search.Indexing;
using static Plateforme.Search.Tests.Lucene.CallBuilder;

namespace Plateforme.Search.Tests.Lucene;

public class TextSearchTests
{
    private static Task<Plateforme.Search.Indexing.Lucene.LuceneSearchIndex> SampleAsync() => TestIndex.WithAsync(
        Call("Économie sociale et solidaire : fonds d'amorçage").Summary("Soutien aux structures de l'ESS."),
        Call("Insertion professionnelle des jeunes").Summary("Accompagner les associations vers l'emploi des 16-25 ans."),
        Call("Pratique sportive en quartiers prioritaires").Summary("Le sport comme levier d'inclusion dans la politique de la ville."),
        Call("Culture et lien social").Summary("Projets culturels portés par des associations."),
        Call("Transition numérique des TPE").Summary("Financer l'équipement numérique des petites entreprises."));

    [Theory]
    [InlineData("Economie sociale", "Économie sociale et solidaire : fonds d'amorçage")]
    [InlineData("ECONOMIE SOLIDAIRE", "Économie sociale et solidaire : fonds d'amorçage")]
    [InlineData("l'emploi", "Insertion professionnelle des jeunes")]
    [InlineData("association emploi", "Insertion professionnelle des jeunes")]
    [InlineData("numerique", "Transition numérique des TPE")]
    public async Task Words_match_whatever_their_accents_case_or_inflection(string text, string expected)
    {
        using var index = await SampleAsync();

        Assert.Equal(expected, Assert.Single(index.Search(text).Hits, hit => !hit.IsApproximate).Call.Title);
    }

    [Fact]
    public async Task Calls_meeting_every_word_come_first_and_those_meeting_some_follow_as_approximate()
    {
        using var index = await SampleAsync();

        var result = index.Search("associations culturels");

        Assert.Equal("Culture et lien social", result.Hits[0].Call.Title);
        Assert.False(result.Hits[0].IsApproximate);
        Assert.All(result.Hits.Skip(1), hit => Assert.True(hit.IsApproximate));
        Assert.Equal(result.Total - 1, result.ApproximateCount);
    }

    [Fact]
    public async Task A_search_for_exact_matches_only_leaves_the_approximate_part_out()
    {
        using var index = await SampleAsync();

        var result = index.Search(TestIndex.Query("associations culturels") with { ExactOnly = true });

        Assert.Equal(["Culture et lien social"], result.Titles());
        Assert.Equal(0, result.ApproximateCount);
    }

    [Fact]
    public async Task When_no_call_meets_every_word_all_hits_are_approximate()
    {
        using var index = await SampleAsync();

        var result = index.Search("culture numérique");

        Assert.Equal(["Culture et lien social", "Transition numérique des TPE"], result.Titles().Order());
        Assert.All(result.Hits, hit => Assert.True(hit.IsApproximate));
        Assert.Equal(result.Total, result.ApproximateCount);
    }

    [Fact]
    public async Task A_phrase_needs_its_words_together_and_in_order()
    {
        using var index = await SampleAsync();

        Assert.Equal(["Pratique sportive en quartiers prioritaires"], index.Search("\"politique de la ville\"").Titles());
        Assert.Empty(index.Search("\"ville politique\"").Hits);
    }

    [Fact]
    public async Task A_phrase_needs_its_stop_words_gap_and_all_its_words_in_one_place()
    {
        using var index = await TestIndex.WithAsync(
            Call("Appel à projets culture").Summary("Économie sociale et solidaire dans les quartiers."),
            Call("Appel projets jeunesse").Summary("L'économie sociale du territoire, une démarche sociale et solidaire."),
            Call("Projets : appel ouvert").Summary("Économie locale."));

        // « à » leaves a gap that « appel projets » has not; the words in the other order are no phrase either.
        Assert.Equal(["Appel à projets culture"], index.Search("\"appel à projets\"").Titles());
        Assert.Equal(["Appel projets jeunesse"], index.Search("\"appel projets\"").Titles());
        // Each neighbouring pair of « économie sociale et solidaire » is in the second call, never the whole phrase.
        Assert.Equal(["Appel à projets culture"], index.Search("\"économie sociale et solidaire\"").Titles());
    }

    [Fact]
    public async Task Exclusions_remove_calls_with_the_word_or_the_phrase()
    {
        using var index = await SampleAsync();

        Assert.Equal(["Culture et lien social"], index.Search("associations -emploi").Titles());
        Assert.Equal(["Insertion professionnelle des jeunes"], index.Search("associations -\"lien social\"").Titles());
    }

    [Fact]
    public async Task Only_exclusions_means_everything_but_those()
    {
        using var index = await SampleAsync();

        var result = index.Search("-sport -culture");

        Assert.Equal(3, result.Total);
        Assert.DoesNotContain("Culture et lien social", result.Titles());
    }

    [Fact]
    public async Task Upper_case_OR_needs_either_side()
    {
        using var index = await SampleAsync();

        var result = index.Search("sport OR culture");

        Assert.Equal(2, result.Total);
        Assert.Empty(index.Search("sport or culture").Hits);
    }

    [Fact]
    public async Task Empty_text_matches_every_call()
    {
        using var index = await SampleAsync();

        Assert.Equal(5, index.Search("").Total);
        Assert.Equal(5, index.Search((string?)null).Total);
        Assert.Equal(5, index.Search("  le la les  ").Total);
    }

    [Theory]
    [InlineData("*:(")]
    [InlineData("title:(emploi OR \"")]
    [InlineData("AND OR NOT")]
    [InlineData("🚀🎉 👩‍🌾")]
    [InlineData("'; DROP TABLE calls;--")]
    [InlineData("\"emploi")]
    [InlineData("emploi~2 jeune* ^3 [a TO z] {x} \\ / ! && || +")]
    [InlineData("-\"")]
    public async Task Any_text_is_a_valid_query(string text)
    {
        using var index = await SampleAsync();

        var result = index.Search(text);

        Assert.NotNull(result.Hits);
    }

    [Fact]
    public async Task A_ten_thousand_character_text_is_answered()
    {
        using var index = await SampleAsync();
        var text = string.Concat(Enumerable.Repeat("emploi des jeunes ", 600))[..10_000];

        var result = index.Search(text);

        Assert.Equal(["Insertion professionnelle des jeunes"], result.Titles());
    }

    [Fact]
    public async Task A_match_in_the_title_outranks_one_in_the_description()
    {
        using var index = await TestIndex.WithAsync(
            Call("Fonds pour la vie associative").Description("Ce fonds peut aussi soutenir un projet de jardin partagé."),
            Call("Jardins partagés et potagers urbains").Description("Créer des espaces cultivés en ville."));

        Assert.Equal("Jardins partagés et potagers urbains", index.Search("jardin partagé").Hits[0].Call.Title);
    }

    [Fact]
    public async Task Labels_and_keywords_outrank_the_summary()
    {
        using var index = await TestIndex.WithAsync(
            Call("Appel à projets A").Summary("Un volet concerne la mobilité des salariés."),
            Call("Appel à projets B").Theme("mobilite", "Mobilité").Summary("Renforcer l'offre locale."));

        Assert.Equal("Appel à projets B", index.Search("mobilité").Hits[0].Call.Title);
    }

    [Fact]
    public async Task Funder_names_are_searchable()
    {
        using var index = await TestIndex.WithAsync(
            Call("Soutien aux projets ruraux").Funder("fdf", "Fondation de France"),
            Call("Aide aux communes").Funder("anct", "ANCT"));

        Assert.Equal(["Soutien aux projets ruraux"], index.Search("fondation de france").Titles());
    }
}
