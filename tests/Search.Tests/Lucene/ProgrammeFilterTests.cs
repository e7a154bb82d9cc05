using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using static Plateforme.Search.Tests.Lucene.CallBuilder;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Lucene;

/// <summary>Programmes (« Petites villes de demain », « LEADER »): indexed from the catalogue, filtered and counted.</summary>
public class ProgrammeFilterTests
{
    private static readonly CallDocumentBuilder Documents = new(TerritoryDirectory.Default, ThemeTaxonomy.Default, ReferenceLists.Default);

    private static CallDocument WithProgrammes(string title, params string[] programmes)
    {
        var call = new FundingCall { Slug = ProgrammeSlugs.Of(title), Title = title, Territory = "nat:FR", Programmes = [.. programmes], PublishedAt = DateTimeOffset.UnixEpoch };
        return Documents.Build(call, new Dictionary<string, Funder>());
    }

    private static CallDocument[] Sample() =>
    [
        WithProgrammes("Revitaliser le centre-bourg", "Petites villes de demain", "Action cœur de ville"),
        WithProgrammes("Commerces de centre-ville", "Action cœur de ville"),
        WithProgrammes("Coopération entre territoires ruraux", "LEADER"),
        Call("Sport pour tous"),
    ];

    [Fact]
    public async Task The_filter_keeps_the_calls_of_any_chosen_programme()
    {
        using var index = await WithAsync(Sample());

        var heart = index.Search(Query() with { Programmes = ["action-coeur-de-ville"] });
        var either = index.Search(Query() with { Programmes = ["petites-villes-de-demain", "leader"] });

        Assert.Equal(["Commerces de centre-ville", "Revitaliser le centre-bourg"], heart.Titles().Order());
        Assert.Equal(["Coopération entre territoires ruraux", "Revitaliser le centre-bourg"], either.Titles().Order());
    }

    [Fact]
    public async Task Programmes_are_counted_with_the_names_the_sources_gave()
    {
        using var index = await WithAsync(Sample());

        var programmes = index.Search(Query()).Facets[FacetNames.Programme];

        Assert.Equal(
            [new("action-coeur-de-ville", "Action cœur de ville", 2), new("leader", "LEADER", 1), new("petites-villes-de-demain", "Petites villes de demain", 1)],
            programmes);
    }

    [Fact]
    public async Task Choosing_a_programme_keeps_the_other_programmes_counted()
    {
        using var index = await WithAsync(Sample());

        var result = index.Search(Query() with { Programmes = ["leader"] });

        Assert.Equal(1, result.Total);
        Assert.Equal(3, result.Facets[FacetNames.Programme].Count);
    }

    [Fact]
    public async Task Typing_a_programme_name_finds_its_calls_even_when_their_text_never_names_it()
    {
        using var index = await WithAsync(Sample());

        var result = index.Search(Query("petites villes de demain"));

        Assert.Equal("Revitaliser le centre-bourg", Assert.Single(result.Titles()));
    }

    [Fact]
    public async Task A_programme_no_call_carries_matches_nothing()
    {
        using var index = await WithAsync(Sample());

        Assert.Equal(0, index.Search(Query() with { Programmes = ["territoires-d-industrie"] }).Total);
    }

    [Theory]
    [InlineData("Action cœur de ville", "action-coeur-de-ville")]
    [InlineData("ACTION COEUR DE VILLE", "action-coeur-de-ville")]
    [InlineData("Villages d'avenir", "villages-d-avenir")]
    [InlineData("LEADER", "leader")]
    public void A_programme_written_another_way_has_the_same_slug(string name, string slug)
    {
        Assert.Equal(slug, ProgrammeSlugs.Of(name));
        Assert.True(ProgrammeSlugs.IsSlug(slug));
    }

    [Fact]
    public void Known_programmes_have_their_french_name_and_others_a_readable_one()
    {
        Assert.Equal("Action cœur de ville", ProgrammeList.LabelOf("action-coeur-de-ville"));
        Assert.Equal("Fonds tourisme durable", ProgrammeList.LabelOf("fonds-tourisme-durable"));
    }
}
