using Plateforme.Search.Indexing;
using static Plateforme.Search.Tests.Lucene.CallBuilder;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Lucene;

public class SuggestTests
{
    private static CallDocument[] Sample() =>
    [
        Call("Fonds pour l'économie circulaire").Theme("ess", "Économie sociale et solidaire").Funder("region-hdf", "Région Hauts-de-France").Published(At(1)),
        Call("Écoles numériques rurales").Theme("numerique", "Numérique").Funder("etat", "État").Published(At(2)),
        Call("Soutien aux entreprises de l'ESS").Theme("ess", "Économie sociale et solidaire").Funder("region-hdf", "Région Hauts-de-France").Published(At(3)),
        Call("Culture en milieu rural").Theme("culture", "Culture").Funder("ecocert", "Fondation Écocert").Published(At(4)),
    ];

    [Fact]
    public async Task Suggest_finds_themes_funders_and_titles_by_the_start_of_any_word_titles_starting_with_it_first()
    {
        using var index = await WithAsync(Sample());

        var suggestions = index.Suggest("eco");

        Assert.Equal(
            [
                "theme: Économie sociale et solidaire",
                "funder: Fondation Écocert",
                "title: Écoles numériques rurales",
                "title: Fonds pour l'économie circulaire",
            ],
            suggestions.Select(suggestion => $"{suggestion.Kind}: {suggestion.Label}"));
        Assert.Equal("ess", suggestions[0].Value);
        Assert.Equal("ecocert", suggestions[1].Value);
    }

    [Theory]
    [InlineData("ECO")]
    [InlineData("éco")]
    [InlineData("Éco")]
    public async Task Suggest_ignores_case_and_accents(string prefix)
    {
        using var index = await WithAsync(Sample());

        var labels = index.Suggest(prefix).Select(suggestion => suggestion.Label);

        Assert.Contains("Économie sociale et solidaire", labels);
        Assert.Contains("Écoles numériques rurales", labels);
    }

    [Fact]
    public async Task Title_suggestions_carry_the_call_id()
    {
        using var index = await WithAsync(Sample());

        var title = Assert.Single(index.Suggest("culture rur"), suggestion => suggestion.Kind == "title");

        Assert.NotNull(index.Get(Guid.Parse(title.Value)));
    }

    [Fact]
    public async Task Themes_and_funders_shared_by_several_calls_appear_once()
    {
        using var index = await WithAsync(Sample());

        var suggestions = index.Suggest("region");

        Assert.Equal([new Suggestion("funder", "region-hdf", "Région Hauts-de-France")], suggestions);
    }

    [Fact]
    public async Task Every_typed_word_must_start_a_word()
    {
        using var index = await WithAsync(Sample());

        var suggestions = index.Suggest("eco sol");

        Assert.Equal([new Suggestion("theme", "ess", "Économie sociale et solidaire")], suggestions);
    }

    [Fact]
    public async Task Suggest_returns_at_most_max()
    {
        var calls = Enumerable.Range(1, 30).Select(i => (CallDocument)Call($"Économie locale {i}").Funder($"f{i}", $"Économat {i}")).ToArray();
        using var index = await WithAsync(calls);

        Assert.Equal(8, index.Suggest("eco").Count);
        Assert.Equal(3, index.Suggest("eco", max: 3).Count);
        Assert.Empty(index.Suggest("eco", max: 0));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*:(")]
    [InlineData("zzzz")]
    public async Task Suggest_answers_nothing_for_blank_or_unknown_prefixes(string prefix)
    {
        using var index = await WithAsync(Sample());

        Assert.Empty(index.Suggest(prefix));
    }

    [Fact]
    public async Task Deleted_calls_leave_no_suggestion()
    {
        var calls = Sample();
        using var index = await WithAsync(calls);

        await index.DeleteAsync([calls[3].Id]);
        await index.CommitAsync();

        Assert.Empty(index.Suggest("ecocert"));
        Assert.Empty(index.Suggest("culture"));
    }

    private static DateTimeOffset At(int day) => new(2026, 2, day, 10, 0, 0, TimeSpan.Zero);
}
