namespace Plateforme.Search.Tests.Relevance.Judged;

/// <summary>
/// The judged queries as a table: for each, the call judged most relevant must come in the first five; over
/// the whole set, most judged calls must. The expected calls were written before any tuning.
/// </summary>
public class JudgedRelevanceTests(JudgedIndexFixture fixture) : IClassFixture<JudgedIndexFixture>
{
    public static TheoryData<string, string, string> Queries()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var query in JudgedCatalogue.Queries) data.Add(query.Family, query.Query, query.Relevant[0]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_call_judged_most_relevant_comes_in_the_first_five(string family, string query, string expected)
    {
        Assert.NotEmpty(family);
        Assert.Contains(expected, fixture.Top(query, 5));
    }

    [Theory]
    [InlineData("subvention club sportif", "club-sport-subvention")]
    [InlineData("protection nature", "ens-departement")]
    [InlineData("protection nature", "biodiversite-atlas")]
    [InlineData("personnes handicapées", "sport-handicap")]
    [InlineData("personnes handicapées", "handicap-emploi")]
    public void Queries_that_found_nothing_find_their_calls(string query, string expected) =>
        Assert.Contains(expected, fixture.Top(query, 5));

    [Fact]
    public void Most_judged_calls_come_in_the_first_five_and_no_query_finds_nothing()
    {
        var recall = JudgedCatalogue.Queries.Average(query => RelevanceMetrics.RecallAt(fixture.Top(query.Query, 5), [.. query.Relevant], 5));

        Assert.True(recall >= 0.85, $"recall@5 {recall:0.000}");
        Assert.All(JudgedCatalogue.Queries, query => Assert.NotEmpty(fixture.Top(query.Query, 1)));
    }

    [Theory]
    [InlineData("mairie", "mars-bleu")]
    [InlineData("culturel", "edifices-cultuels")]
    public void A_correctly_spelled_word_never_matches_a_near_spelling(string query, string unexpected) =>
        Assert.DoesNotContain(unexpected, fixture.Top(query, 100));

    [Fact]
    public void A_general_page_without_deadline_is_not_lifted_above_the_call_it_ties_with()
    {
        // Both speak of "jeunesse" once in a field of the same weight; the dated call comes first.
        var top = fixture.Top("jeunesse", 10);

        Assert.True(top.ToList().IndexOf("mjc-jeunesse") < top.ToList().IndexOf("caf-general") || !top.Contains("caf-general"));
    }
}
