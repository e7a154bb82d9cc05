using Plateforme.Search.Vocabulary;

namespace Plateforme.Search.Tests.Vocabulary;

/// <summary>The vocabulary composed from the shipped table and the administrators' overrides.</summary>
public class VocabularyOverridesTests
{
    [Fact]
    public void An_added_group_expands_and_a_switched_off_one_no_longer_does()
    {
        var vocabulary = VocabularyAdministration.Compose(
        [
            new VocabularyOverride { Kind = VocabularyKind.Synonyms, Terms = "potager | jardin familial" },
            new VocabularyOverride { Kind = VocabularyKind.Synonyms, DisabledKey = VocabularyGroup.Synonyms("foot").Key },
        ]);

        Assert.Contains("jardin familial", Alternatives(vocabulary, "potager"));
        Assert.Empty(Alternatives(vocabulary, "foot"));
        Assert.Contains("quartiers prioritaires", Alternatives(vocabulary, "QPV"));
    }

    [Theory]
    [InlineData("potager", VocabularyEditProblem.TooFewTerms)]
    [InlineData("potager | potager", VocabularyEditProblem.TooFewTerms)]
    [InlineData("potager | jardin", VocabularyEditProblem.None)]
    public void A_group_needs_two_different_terms(string terms, VocabularyEditProblem expected) =>
        Assert.Equal(expected, VocabularyAdministration.Check(VocabularyGroup.Parse(VocabularyKind.Synonyms, terms)));

    [Fact]
    public void A_term_longer_than_the_limit_is_refused()
    {
        var group = VocabularyGroup.Parse(VocabularyKind.Synonyms, "potager | " + new string('a', VocabularyAdministration.MaxTermLength + 1));

        Assert.Equal(VocabularyEditProblem.TermTooLong, VocabularyAdministration.Check(group));
    }

    private static IReadOnlyList<string> Alternatives(SearchVocabulary vocabulary, string typed) =>
        [.. vocabulary.Expand(typed).SelectMany(clause => clause.Alternatives).Select(alternative => alternative.Text)];
}
