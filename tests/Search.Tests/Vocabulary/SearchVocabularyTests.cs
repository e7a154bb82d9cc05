using Plateforme.Search.Vocabulary;

namespace Plateforme.Search.Tests.Vocabulary;

/// <summary>The shipped vocabulary, backend-neutral: how a typed query is understood.</summary>
public class SearchVocabularyTests
{
    private static readonly SearchVocabulary Vocabulary = SearchVocabulary.Default;

    [Theory]
    [InlineData("QPV", "quartiers prioritaires")]
    [InlineData("qpv", "politique de la ville")]
    [InlineData("Q.P.V.", "quartiers prioritaires")]
    [InlineData("ESS", "économie sociale et solidaire")]
    [InlineData("E.S.S.", "économie sociale et solidaire")]
    [InlineData("FDVA", "Fonds pour le développement de la vie associative")]
    [InlineData("FDVA", "F.D.V.A.")]
    [InlineData("PSF", "projets sportifs fédéraux")]
    [InlineData("DLA", "Dispositif local d'accompagnement")]
    [InlineData("CAF", "caisse d'allocations familiales")]
    [InlineData("C.A.F.", "caisse d'allocations familiales")]
    [InlineData("ANCT", "Agence nationale de la cohésion des territoires")]
    [InlineData("FSE", "Fonds social européen")]
    [InlineData("FEDER", "Fonds européen de développement régional")]
    [InlineData("LEADER", "groupe d'action locale")]
    [InlineData("ZRR", "zones de revitalisation rurale")]
    [InlineData("PVD", "Petites villes de demain")]
    [InlineData("ACV", "Action cœur de ville")]
    [InlineData("SIAE", "structures d'insertion par l'activité économique")]
    [InlineData("IAE", "insertion par l'activité économique")]
    [InlineData("ACI", "chantier d'insertion")]
    [InlineData("CRESS", "chambre régionale de l'économie sociale et solidaire")]
    [InlineData("EPCI", "intercommunalité")]
    [InlineData("CCAS", "centre communal d'action sociale")]
    [InlineData("MJC", "maison des jeunes et de la culture")]
    [InlineData("EHPAD", "maison de retraite")]
    [InlineData("TPE", "très petites entreprises")]
    [InlineData("PME", "petites et moyennes entreprises")]
    public void An_acronym_stands_for_its_spelled_out_forms(string typed, string expected) =>
        Assert.Contains(expected, Alternatives(typed));

    [Theory]
    [InlineData("quartiers prioritaires", "QPV")]
    [InlineData("quartier prioritaire", "QPV")]
    [InlineData("économie sociale et solidaire", "ESS")]
    [InlineData("economie sociale solidaire", "ESS")]
    [InlineData("caisse d'allocations familiales", "CAF")]
    [InlineData("Caisse d’allocations familiales", "CAF")]
    [InlineData("fonds développement vie associative", "FDVA")]
    [InlineData("intercommunalité", "EPCI")]
    [InlineData("Petites villes de demain", "PVD")]
    public void A_spelled_out_form_stands_for_its_acronym(string typed, string expected)
    {
        var clause = Assert.Single(Vocabulary.Expand(typed));
        Assert.Contains(expected, clause.Alternatives.Select(alternative => alternative.Text));
    }

    [Theory]
    [InlineData("aide", "subvention")]
    [InlineData("subvention", "aide")]
    [InlineData("mairie", "commune")]
    [InlineData("ville", "municipalité")]
    [InlineData("municipalité", "mairie")]
    [InlineData("foot", "football")]
    [InlineData("football", "foot")]
    [InlineData("nature", "biodiversité")]
    [InlineData("nature", "espaces naturels")]
    [InlineData("biodiversité", "nature")]
    [InlineData("seniors", "personnes âgées")]
    [InlineData("bibliothèque", "médiathèque")]
    public void Synonyms_find_each_other(string typed, string expected) =>
        Assert.Contains(expected, Alternatives(typed));

    [Fact]
    public void A_query_is_cut_into_clauses_with_what_may_stand_for_each()
    {
        var clauses = Vocabulary.Expand("aide club de foot");

        Assert.Equal(["aide", "club", "foot"], clauses.Select(clause => clause.Text));
        Assert.Equal("(foot OR football)", clauses[2].ToQueryString());
        Assert.Contains("\"association sportive\"", clauses[1].ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_longest_term_wins_and_the_words_around_it_stay_alone()
    {
        var clauses = Vocabulary.Expand("jeunes des quartiers prioritaires de la politique de la ville Amiens");

        Assert.Equal(["jeunes", "quartiers prioritaires de la politique de la ville", "Amiens"], clauses.Select(clause => clause.Text));
        Assert.Contains("QPV", clauses[1].Alternatives.Select(alternative => alternative.Text));
        Assert.False(clauses[2].IsExpanded);
    }

    [Fact]
    public void Two_acronyms_joined_by_a_slash_are_two_clauses()
    {
        var clauses = Vocabulary.Expand("TPE/PME");

        Assert.Equal(["TPE", "PME"], clauses.Select(clause => clause.Text));
        Assert.All(clauses, clause => Assert.True(clause.IsExpanded));
    }

    [Theory]
    [InlineData("mars")]
    [InlineData("culturel")]
    [InlineData("ans")]
    [InlineData("ami")]
    public void Words_outside_the_vocabulary_are_left_as_typed(string typed) =>
        Assert.Empty(Alternatives(typed));

    [Fact]
    public void A_spelled_out_form_weighs_more_than_a_synonym()
    {
        var acronym = Assert.Single(Vocabulary.Expand("QPV")).Alternatives[0];
        var synonym = Assert.Single(Vocabulary.Expand("foot")).Alternatives[0];

        Assert.True(acronym.Weight > synonym.Weight);
        Assert.True(synonym.Weight < 1f);
    }

    [Fact]
    public void A_group_is_read_from_terms_separated_by_bars()
    {
        var group = VocabularyGroup.Parse(VocabularyKind.Synonyms, " potager | jardin familial || Potager | ");

        Assert.Equal(["potager", "jardin familial"], group.Terms);
        Assert.Equal("potager | jardin familial", group.Display);
    }

    private static IReadOnlyList<string> Alternatives(string typed) =>
        [.. Vocabulary.Expand(typed).SelectMany(clause => clause.Alternatives).Select(alternative => alternative.Text)];
}
