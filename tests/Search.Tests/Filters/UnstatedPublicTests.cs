using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using static Plateforme.Search.Tests.Filters.PublicAndSpendingFilterTests;
using static Plateforme.Search.Tests.Lucene.CallBuilder;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Filters;

/// <summary>« Public non précisé »: calls stating no beneficiary (or no public) follow the ones that match.</summary>
public class UnstatedPublicTests
{
    private static readonly LabelledValue Youth = new(PublicSlugs.Youth, "Jeunes");
    private static readonly LabelledValue Seniors = new(PublicSlugs.Seniors, "Seniors");

    private static SearchQuery ForAssociations => Query() with { Beneficiaries = ["association"], IncludeUnstated = true, Sort = SearchSort.Newest };

    private static CallDocument Dated(string title, int day) => Call(title).Published(new DateTimeOffset(2026, 1, day, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Calls_stating_no_beneficiary_come_after_every_matching_call_and_are_marked()
    {
        using var index = await WithAsync(
            Dated("Silencieux récent", 20),
            Call("Associations ancien").Beneficiary("association", "Association").Published(new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.Zero)),
            Call("Associations récent").Beneficiary("association", "Association").Published(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero)),
            Call("Communes").Beneficiary("commune", "Commune"));

        var result = index.Search(ForAssociations);

        Assert.Equal(["Associations récent", "Associations ancien", "Silencieux récent"], result.Titles());
        Assert.Equal([false, false, true], result.Hits.Select(h => h.PublicUnstated));
        Assert.Equal(3, result.Total);
        Assert.Equal(1, result.UnstatedTotal);
    }

    [Fact]
    public async Task Without_the_option_a_beneficiary_filter_hides_them_as_before()
    {
        using var index = await WithAsync(Dated("Silencieux", 20), Call("Associations").Beneficiary("association", "Association"));

        var result = index.Search(ForAssociations with { IncludeUnstated = false });

        Assert.Equal(["Associations"], result.Titles());
        Assert.Equal(0, result.UnstatedTotal);
    }

    [Fact]
    public async Task Without_a_beneficiary_or_public_filter_nothing_is_marked()
    {
        using var index = await WithAsync(Dated("Silencieux", 20), Call("Associations").Beneficiary("association", "Association"));

        var result = index.Search(Query() with { IncludeUnstated = true });

        Assert.Equal(2, result.Total);
        Assert.DoesNotContain(result.Hits, h => h.PublicUnstated);
    }

    [Fact]
    public async Task Facets_count_only_the_calls_that_match()
    {
        using var index = await WithAsync(
            Call("Silencieux sport").Theme("sport", "Sport"),
            Call("Associations sport").Beneficiary("association", "Association").Theme("sport", "Sport"));

        var result = index.Search(ForAssociations);

        Assert.Equal(2, result.Total);
        Assert.Equal(1, result.Facets[FacetNames.Theme].Single(f => f.Value == "sport").Count);
    }

    [Fact]
    public async Task A_public_filter_lists_calls_naming_no_public_but_never_calls_naming_another()
    {
        using var index = await WithAsync(
            With(Call("Jeunes"), Youth),
            With(Call("Seniors"), Seniors),
            Call("Sans public"));

        var result = index.Search(Query() with { Publics = [PublicSlugs.Youth], IncludeUnstated = true });

        Assert.Equal(["Jeunes", "Sans public"], result.Titles());
        Assert.True(result.Hits[1].PublicUnstated);
    }

    [Fact]
    public async Task Other_filters_still_apply_to_the_second_tier()
    {
        using var index = await WithAsync(
            Call("Silencieux culture").Theme("culture", "Culture"),
            Call("Silencieux sport").Theme("sport", "Sport"),
            Call("Associations sport").Beneficiary("association", "Association").Theme("sport", "Sport"));

        var result = index.Search(ForAssociations with { Themes = ["sport"] });

        Assert.Equal(["Associations sport", "Silencieux sport"], result.Titles());
    }

    [Theory]
    [InlineData(1, "M5 M4 M3")]
    [InlineData(2, "M2 M1 U7")]
    [InlineData(3, "U6 U5 U4")]
    [InlineData(4, "U3 U2 U1")]
    [InlineData(5, "")]
    public async Task Pages_run_over_both_tiers_as_one_list(int page, string expected)
    {
        var calls = Enumerable.Range(1, 5).Select(i => Call($"M{i}").Beneficiary("association", "Association").Published(new DateTimeOffset(2026, 1, i, 9, 0, 0, TimeSpan.Zero)).Build())
            .Concat(Enumerable.Range(1, 7).Select(i => Dated($"U{i}", i)))
            .ToArray();
        using var index = await WithAsync(calls);

        var result = index.Search(ForAssociations with { Page = page, PageSize = 3 });

        Assert.Equal(expected, string.Join(' ', result.Titles()));
        Assert.Equal(12, result.Total);
        Assert.Equal(7, result.UnstatedTotal);
    }

    [Fact]
    public async Task The_second_tier_alone_is_what_a_digest_reads_after_the_first()
    {
        using var index = await WithAsync(Dated("Silencieux", 20), Call("Associations").Beneficiary("association", "Association"));

        var result = index.Search(ForAssociations with { IncludeUnstated = false, UnstatedOnly = true });

        Assert.Equal(["Silencieux"], result.Titles());
        Assert.True(result.Hits[0].PublicUnstated);
    }
}
