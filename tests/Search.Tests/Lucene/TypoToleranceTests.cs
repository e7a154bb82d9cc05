using static Plateforme.Search.Tests.Lucene.CallBuilder;

namespace Plateforme.Search.Tests.Lucene;

public class TypoToleranceTests
{
    private static Task<Plateforme.Search.Indexing.Lucene.LuceneSearchIndex> SampleAsync() => TestIndex.WithAsync(
        Call("Insertion professionnelle des jeunes").Summary("Parcours d'insertion vers l'emploi."),
        Call("Chantiers d'insertion en milieu rural").Summary("Insertion par l'activité économique."),
        Call("Culture et patrimoine").Summary("Restaurer le patrimoine des communes."),
        Call("Alimentation durable").Summary("Circuits courts et restauration collective."));

    [Fact]
    public async Task A_misspelt_word_still_finds_calls_and_proposes_the_right_spelling()
    {
        using var index = await SampleAsync();

        var result = index.Search("insertoin");

        Assert.True(result.UsedFuzzyMatching);
        Assert.Equal(2, result.Total);
        Assert.Equal("insertion", result.SpellingSuggestion);
    }

    [Fact]
    public async Task The_suggestion_keeps_the_other_words_and_the_case()
    {
        using var index = await SampleAsync();

        var result = index.Search("Insertoin des jeunes");

        Assert.Equal("Insertion des jeunes", result.SpellingSuggestion);
    }

    [Fact]
    public async Task Known_words_get_no_suggestion_and_no_fuzzy_matching_when_enough_match()
    {
        using var index = await SampleAsync();

        var result = index.Search("insertion");

        Assert.False(result.UsedFuzzyMatching);
        Assert.Null(result.SpellingSuggestion);
    }

    [Fact]
    public async Task A_word_the_index_knows_is_never_loosened_even_when_its_matches_are_few()
    {
        using var index = await TestIndex.WithAsync(
            Call("Cantine scolaire bio").Summary("Des produits locaux à la cantine, cantine pour tous."),
            Call("Cantines et restauration collective").Summary("Équiper les cantines des écoles."),
            Call("Accueil des chiens guides").Summary("Médiation canine en EHPAD."));

        var result = index.Search("canine");

        Assert.False(result.UsedFuzzyMatching);
        Assert.Equal(["Accueil des chiens guides"], result.Titles());
    }

    [Fact]
    public async Task Mairie_does_not_find_mars_nor_culturel_cultuelles()
    {
        using var index = await TestIndex.WithAsync(
            Call("Rénovation des mairies rurales"),
            Call("Mars bleu : dépistage").Summary("Actions organisées en mars."),
            Call("Projets culturels en milieu rural"),
            Call("Édifices cultuels").Summary("Les associations cultuelles propriétaires d'une église."));

        Assert.Equal(["Rénovation des mairies rurales"], index.Search("mairie").Titles());
        Assert.Equal(["Projets culturels en milieu rural"], index.Search("culturel").Titles());
    }

    [Fact]
    public async Task A_corrected_match_never_outranks_an_exact_one()
    {
        using var index = await TestIndex.WithAsync(
            Call("Ressourceries et recycleries : réemploi solidaire").Summary("Ressourceries, ressourceries, ressourceries."),
            Call("Insertion par le réemploi").Summary("Une insertion qui répare."));

        var result = index.Search("ressourcrie insertion");

        Assert.Equal("Insertion par le réemploi", result.Hits[0].Call.Title);
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public async Task Short_words_are_never_fuzzy()
    {
        using var index = await TestIndex.WithAsync(Call("Aide aux TPE"), Call("Aide aux PME"));

        var result = index.Search("tpi");

        Assert.Equal(0, result.Total);
        Assert.False(result.UsedFuzzyMatching);
    }

    [Fact]
    public async Task Two_typos_are_tolerated_in_long_words()
    {
        using var index = await SampleAsync();

        var result = index.Search("alimantasion");

        Assert.Equal(["Alimentation durable"], result.Titles());
        Assert.Equal("alimentation", result.SpellingSuggestion);
    }
}
