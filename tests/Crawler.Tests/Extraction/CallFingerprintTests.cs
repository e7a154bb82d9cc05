using Plateforme.Crawler.Extraction.Identity;

namespace Plateforme.Crawler.Tests.Extraction;

public sealed class CallFingerprintTests
{
    private static readonly DateOnly March15 = new(2026, 3, 15);

    [Fact]
    public void The_same_call_listed_by_two_sources_gets_the_same_fingerprint()
    {
        var onTheFunderSite = CallFingerprint.Compute("Appel à projets « Tiers-lieux solidaires » 2026", "Fondation de France", March15);
        var onANewsSite = CallFingerprint.Compute("AAP Tiers lieux solidaires - Fondation de France", "fondation-de-france", March15);

        Assert.Equal(onTheFunderSite, onANewsSite);
        Assert.Equal("lieu-solidaire-tier|fondation-france|2026-03-15", onTheFunderSite);
    }

    [Fact]
    public void Word_order_accents_and_case_do_not_change_the_fingerprint()
    {
        Assert.Equal(
            CallFingerprint.Compute("Mobilité solidaire en milieu rural", "Région Grand Est", March15),
            CallFingerprint.Compute("MILIEU RURAL : MOBILITE SOLIDAIRE", "region grand est", March15));
    }

    [Fact]
    public void Two_different_calls_of_one_funder_get_different_fingerprints()
    {
        var youth = CallFingerprint.Compute("Appel à projets Jeunesse 2026", "Région Grand Est", March15);
        var culture = CallFingerprint.Compute("Appel à projets Culture 2026", "Région Grand Est", March15);

        Assert.NotEqual(youth, culture);
    }

    [Fact]
    public void The_same_title_with_another_deadline_is_another_session()
    {
        Assert.NotEqual(
            CallFingerprint.Compute("Fonds d'innovation sociale", "Bpifrance", March15),
            CallFingerprint.Compute("Fonds d'innovation sociale", "Bpifrance", new DateOnly(2026, 9, 15)));
    }

    [Fact]
    public void A_fingerprint_fits_the_catalogue_column()
    {
        var longTitle = string.Join(' ', Enumerable.Range(0, 200).Select(i => "mot" + i));

        Assert.True(CallFingerprint.Compute(longTitle, "Un financeur au nom très long " + new string('x', 200), null).Length <= CallFingerprint.MaxLength);
    }

    [Theory]
    [InlineData("Appel à projets Tiers-lieux solidaires 2026", "AAP « Tiers lieux solidaires »", true)]
    [InlineData("Fonds pour l'innovation sociale en Occitanie", "Innovation sociale en Occitanie : le fonds", true)]
    [InlineData("Appel à manifestation d'intérêt Mobilités rurales", "AMI mobilité rurale 2025", true)]
    [InlineData("Appel à projets Jeunesse 2026", "Appel à projets Culture 2026", false)]
    [InlineData("Soutien aux épiceries solidaires", "Soutien aux clubs sportifs", false)]
    [InlineData("Fonds de développement de la vie associative - fonctionnement", "Fonds de développement de la vie associative - projets innovants", false)]
    public void Near_duplicate_titles_are_recognised(string first, string second, bool expected)
    {
        Assert.Equal(expected, TitleSimilarity.AreNearDuplicates(first, second));
    }

    [Fact]
    public void Similarity_is_one_for_identical_titles()
    {
        Assert.Equal(1.0, TitleSimilarity.Score("Tiers-lieux solidaires", "tiers lieux SOLIDAIRES"));
    }

    [Fact]
    public void Similarity_is_zero_for_an_empty_title()
    {
        Assert.Equal(0.0, TitleSimilarity.Score("", "Tiers-lieux"));
    }
}
