using Plateforme.Crawler.Extraction.Amounts;

namespace Plateforme.Crawler.Tests.Extraction;

/// <summary>Amount phrasings as calls write them. Amounts in whole euros (null when absent), rates in percent.</summary>
public sealed class FrenchAmountParserPhrasingTests
{
    [Theory]
    // One amount, with its telling word
    [InlineData("Jusqu'à 5 000 €", null, 5_000L, null, null, null, null)]
    [InlineData("jusqu'a 5000€ par projet", null, 5_000L, null, null, null, null)]
    [InlineData("Subvention à hauteur de 500 € net", null, 500L, null, null, null, null)]
    [InlineData("Montant plafonné à 15 000 euros", null, 15_000L, null, null, null, null)]
    [InlineData("Plafond de l'aide : 5 000 euros", null, 5_000L, null, null, null, null)]
    [InlineData("Le seuil minimal de l'aide est fixé à 1 000 euros", 1_000L, null, null, null, null, null)]
    [InlineData("Aide minimum : 2 500 EUR", 2_500L, null, null, null, null, null)]
    [InlineData("Montant de l'aide : 10 000 € maximum", null, 10_000L, null, null, null, null)]
    [InlineData("Dotation : 3 000 €", null, 3_000L, null, null, null, null)]
    [InlineData("Prix de 8 000 euros", null, 8_000L, null, null, null, null)]
    [InlineData("Subvention de 20k€", null, 20_000L, null, null, null, null)]
    [InlineData("Aide jusqu'à 50 K€", null, 50_000L, null, null, null, null)]
    [InlineData("Un financement jusqu'à 1,5 M€", null, 1_500_000L, null, null, null, null)]
    [InlineData("Soutien d'un montant maximal de 2 millions d'euros", null, 2_000_000L, null, null, null, null)]
    [InlineData("Jusqu'à 7 500 € HT", null, 7_500L, null, null, null, null)]
    [InlineData("Aide forfaitaire de 1 200 € TTC", null, 1_200L, null, null, null, null)]
    [InlineData("Montant : 2.200.000 €", null, 2_200_000L, null, null, null, null)]
    [InlineData("Montant : 3 530 000 euros", null, 3_530_000L, null, null, null, null)]
    [InlineData("Jusqu'à 12\u202F000\u00A0€", null, 12_000L, null, null, null, null)]
    [InlineData("Jusqu'à 12\u00A0000 euros", null, 12_000L, null, null, null, null)]
    [InlineData("L'aide ne pourra excéder 30 000 €", null, 30_000L, null, null, null, null)]
    [InlineData("Au moins 5 000 € par dossier", 5_000L, null, null, null, null, null)]
    [InlineData("À partir de 10 000 €", 10_000L, null, null, null, null, null)]
    [InlineData("MONTANT MAXIMUM : 25 000 €", null, 25_000L, null, null, null, null)]
    [InlineData("Dans la limite de 40 000 € par projet", null, 40_000L, null, null, null, null)]
    [InlineData("Prêt d'honneur de 3 000 à 15 000 euros", 3_000L, 15_000L, null, null, null, null)]
    [InlineData("Montant : 1.500 €", null, 1_500L, null, null, null, null)]
    [InlineData("Aide de 0,5 M€ maximum", null, 500_000L, null, null, null, null)]
    [InlineData("Montant de l'avance : 1 Md€", null, 1_000_000_000L, null, null, null, null)]
    // Ranges
    [InlineData("Entre 2 000 € et 10 000 € TTC maximum", 2_000L, 10_000L, null, null, null, null)]
    [InlineData("entre 2000 et 10000 euros", 2_000L, 10_000L, null, null, null, null)]
    [InlineData("La subvention pourra s'élever de 10 à 30 000 € par projet", 10_000L, 30_000L, null, null, null, null)]
    [InlineData("de 5 000 € à 50 000 €", 5_000L, 50_000L, null, null, null, null)]
    [InlineData("Aide comprise entre 500 et 2 000 €", 500L, 2_000L, null, null, null, null)]
    [InlineData("De 1 à 3 M€ par lauréat", 1_000_000L, 3_000_000L, null, null, null, null)]
    [InlineData("10 k€ - 50 k€", 10_000L, 50_000L, null, null, null, null)]
    [InlineData("Seuil minimal : 1 000 euros ; plafond : 5 000 euros", 1_000L, 5_000L, null, null, null, null)]
    [InlineData("Montant minimum 2 000 €, montant maximum 20 000 €", 2_000L, 20_000L, null, null, null, null)]
    // Rates
    [InlineData("MAXIMUM : 95% %", null, null, null, 95, null, null)]
    [InlineData("Taux d'aide : 50 %", null, null, null, 50, null, null)]
    [InlineData("au maximum 80 % du coût total du projet", null, null, null, 80, null, null)]
    [InlineData("Taux de subvention de 30 % à 50 %", null, null, 30, 50, null, null)]
    [InlineData("taux d'intervention entre 20 et 80 %", null, null, 20, 80, null, null)]
    [InlineData("Financement à hauteur de 70% des dépenses éligibles", null, null, null, 70, null, null)]
    [InlineData("Taux minimum de 20 %", null, null, 20, null, null, null)]
    [InlineData("Aide de 33,33 % des dépenses", null, null, null, 33, null, null)]
    [InlineData("Un autofinancement d'au moins 20 % est demandé", null, null, null, null, null, null)]
    [InlineData("La TVA à 20 % n'est pas éligible", null, null, null, null, null, null)]
    // Envelopes and winners
    [InlineData("Enveloppe globale de 70M€", null, null, null, null, 70_000_000L, null)]
    [InlineData("Budget total de l'appel : 1 200 000 €", null, null, null, null, 1_200_000L, null)]
    [InlineData("Une enveloppe de 500 000 euros sera répartie entre les lauréats", null, null, null, null, 500_000L, null)]
    [InlineData("3 M€ sont mobilisés au total pour cet appel", null, null, null, null, 3_000_000L, null)]
    [InlineData("200 000 euros par projet, dans la limite de 3 lauréats", null, 200_000L, null, null, null, 3)]
    [InlineData("Dix lauréats recevront chacun 5 000 €", null, 5_000L, null, null, null, 10)]
    [InlineData("Jusqu'à 12 projets seront soutenus", null, null, null, null, null, 12)]
    [InlineData("Dans la limite de cinq projets par territoire", null, null, null, null, null, 5)]
    [InlineData("3 prix de 2 000 €", null, 2_000L, null, null, null, 3)]
    // Mixed, as in real call texts
    [InlineData("L'aide représente au maximum 80 % du coût total du projet, et pourra s'élever de 10 à 30 000 € par projet", 10_000L, 30_000L, null, 80, null, null)]
    [InlineData("Enveloppe globale de 2 M€ ; aide plafonnée à 100 000 € par projet et à 50 % des dépenses", null, 100_000L, null, 50, 2_000_000L, null)]
    [InlineData("Projets d'un budget total de 50 000 € minimum ; subvention jusqu'à 10 000 €", null, 10_000L, null, null, null, null)]
    [InlineData("Le coût total du projet (300 000 €) est pris en charge à 40 %", null, null, null, 40, null, null)]
    [InlineData("Projets d'un coût supérieur à 20 000 € ; aide de 40 % plafonnée à 200 000 €", null, 200_000L, null, 40, null, null)]
    [InlineData("Le montant de la subvention est compris entre 3 000 et 15 000 euros.", 3_000L, 15_000L, null, null, null, null)]
    [InlineData("Aide plafonnée à 30 % du montant HT des dépenses, dans la limite de 20 000 €", null, 20_000L, null, 30, null, null)]
    [InlineData("Dotation de 10 000 € pour chacun des 5 lauréats", null, 10_000L, null, null, null, 5)]
    [InlineData("L'aide régionale est de 50% maximum du coût total du projet avec un plafond de 100 000 €.", null, 100_000L, null, 50, null, null)]
    [InlineData("Montant : de 1 500 € à 4 000 €", 1_500L, 4_000L, null, null, null, null)]
    [InlineData("Subvention maximale de 80 000 euros par an, pendant 3 ans", null, 80_000L, null, null, null, null)]
    [InlineData("Pas de montant indiqué", null, null, null, null, null, null)]
    [InlineData("Date limite : 15/01/2026", null, null, null, null, null, null)]
    public void Parse_keeps_per_project_amounts_rates_envelope_and_winners_apart(
        string text, long? minEuros, long? maxEuros, int? rateMin, int? rateMax, long? envelopeEuros, int? winners)
    {
        var result = FrenchAmountParser.Parse(text);

        Assert.Equal(minEuros * 100, result.MinAmountCents);
        Assert.Equal(maxEuros * 100, result.MaxAmountCents);
        Assert.Equal(rateMin, result.RateMinPercent);
        Assert.Equal(rateMax, result.RateMaxPercent);
        Assert.Equal(envelopeEuros * 100, result.EnvelopeCents);
        Assert.Equal(winners, result.MaxWinners);
    }

    [Theory]
    [InlineData("Aide de 1 234,56 €", 123_456L)]
    [InlineData("Jusqu'à 0,1 M€", 10_000_000L)]
    [InlineData("Jusqu'à 2,5 k€", 250_000L)]
    [InlineData("Plafond : 99,99 euros", 9_999L)]
    public void Parse_reads_decimal_commas_exactly_in_cents(string text, long cents)
    {
        Assert.Equal(cents, FrenchAmountParser.Parse(text).MaxAmountCents);
    }
}
