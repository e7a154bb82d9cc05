using Plateforme.Crawler.Extraction.Amounts;

namespace Plateforme.Crawler.Tests.Extraction;

/// <summary>
/// Whole paragraphs about money as funders publish them, read with no selector (the page mode), with their
/// typography: no-break and narrow no-break spaces, « € » before or after, « euros », « k€ », « M€ », capitals.
/// Columns: text, min, max, envelope (whole euros), rate min, rate max, winners; null when absent.
/// </summary>
public sealed class RealTextAmountTests
{
    [Theory]
    // Labels and values on separate lines, ranges broken by hard line breaks
    [InlineData("Montant maximum de l'aide\n15\u202F000 €", null, 15_000L, null, null, null, null)]
    [InlineData("Taux maximum\n80 %", null, null, null, null, 80, null)]
    [InlineData("Plafond de la subvention :\n\n7\u00A0500 euros", null, 7_500L, null, null, null, null)]
    [InlineData("La subvention est comprise entre 5\u00A0000 € et\n20\u00A0000 € par projet.", 5_000L, 20_000L, null, null, null, null)]
    [InlineData("Le montant de l'aide pourra aller de 1\u00A0500\nà 6\u00A0000 euros.", 1_500L, 6_000L, null, null, null, null)]
    [InlineData("Enveloppe globale\n1,5 M€", null, null, 1_500_000L, null, null, null)]
    // Envelopes and per-project amounts in one paragraph
    [InlineData("L'enveloppe totale s'élève à 450\u00A0000 €. Chaque projet pourra recevoir entre 2\u00A0000 et 10\u00A0000 € par projet.", 2_000L, 10_000L, 450_000L, null, null, null)]
    [InlineData("Ce fonds, doté de 2 millions d'euros, soutient les projets à hauteur de 50\u00A0000 € maximum par structure.", null, 50_000L, 2_000_000L, null, null, null)]
    [InlineData("L'État mobilise trois (3) millions d'euros pour cet appel. L'aide par lauréat est plafonnée à 150\u00A0000 €.", null, 150_000L, 3_000_000L, null, null, null)]
    [InlineData("Un budget de 600\u202F000 € est consacré à ce dispositif. Montant de l'aide : entre 2\u00A0000 et 10\u00A0000 € par projet.", 2_000L, 10_000L, 600_000L, null, null, null)]
    [InlineData("L'enveloppe de 1 M€ se répartit ainsi : 600\u00A0000 € pour l'investissement et 400\u00A0000 € pour le fonctionnement. Subventions plafonnées à 40\u00A0000 €.", null, 40_000L, 1_000_000L, null, null, null)]
    [InlineData("Depuis 2015, 120 projets ont été soutenus pour un montant total de 900\u00A0000 €. Cette année, subventions de 3\u00A0000 à 15\u00A0000 € par projet.", 3_000L, 15_000L, null, null, null, null)]
    [InlineData("En 2024, la Région a accompagné 85 associations pour un total de 1,2 M€. Le nouvel appel est doté d'une enveloppe de 800\u00A0000 €.", null, null, 800_000L, null, null, null)]
    [InlineData("Enveloppe : 2,5 M€ — Aide : 20 k€ à 150 k€ par projet — Taux : jusqu'à 70 % des dépenses éligibles.", 20_000L, 150_000L, 2_500_000L, null, 70, null)]
    [InlineData("Subvention plafonnée à € 7\u00A0500 par association. Budget global de l'appel : € 300\u00A0000.", null, 7_500L, 300_000L, null, null, null)]
    [InlineData("Le budget total de l'appel à projets est de 1\u00A0000\u00A0000 d'euros ; aide maximale de 25\u00A0000 €.", null, 25_000L, null, null, null, null)]
    [InlineData("Une enveloppe de 20\u00A0000 € par projet est prévue.", null, 20_000L, null, null, null, null)]
    [InlineData("Le dispositif est doté d'un budget annuel de 250\u00A0000 €.", null, null, 250_000L, null, null, null)]
    [InlineData("La Fondation consacre 500\u00A0000 € à ce programme ; 5\u00A0000 € maximum par projet.", null, 5_000L, 500_000L, null, null, null)]
    [InlineData("Le montant alloué à chaque projet est de 5\u00A0000 €.", null, 5_000L, null, null, null, null)]
    [InlineData("La Fondation consacre 4\u00A0000 € à chaque projet retenu.", null, 4_000L, null, null, null, null)]
    [InlineData("Une dotation globale de 120\u00A0000 € est répartie entre les 10 lauréats.", null, null, 120_000L, null, null, 10)]
    [InlineData("MONTANT DE L'AIDE : DE 1 000 À 3 000 EUROS", 1_000L, 3_000L, null, null, null, null)]
    [InlineData("Aide de 2 500 euro maximun par projet (taux max 50%).", null, 2_500L, null, null, 50, null)]
    [InlineData("Le soutien de la Fondation (jusqu'à 10\u00A0000 €) est accordé pour un an.", null, 10_000L, null, null, null, null)]
    [InlineData("Le budget prévisionnel du projet doit être d'au moins 20\u00A0000 € ; la subvention ne dépassera pas 5\u00A0000 €.", null, 5_000L, null, null, null, null)]
    // Averages and the applicant's own budget or turnover are not caps
    [InlineData("La subvention moyenne accordée est de 4\u00A0500 €. Elle ne peut dépasser 12\u00A0000 €.", null, 12_000L, null, null, null, null)]
    [InlineData("En moyenne, les projets reçoivent 6\u00A0000 €.", null, null, null, null, null, null)]
    [InlineData("Sont éligibles les associations dont le budget annuel est inférieur à 200\u00A0000 €. L'aide est plafonnée à 5\u00A0000 €.", null, 5_000L, null, null, null, null)]
    [InlineData("Peuvent candidater les entreprises réalisant un chiffre d'affaires inférieur à 2 M€. Aide : jusqu'à 30\u00A0000 €.", null, 30_000L, null, null, null, null)]
    [InlineData("Structures dont le budget de la structure n'excède pas 300\u00A0000 € ; subvention de 1\u00A0000 à 4\u00A0000 €.", 1_000L, 4_000L, null, null, null, null)]
    // A cap with words or a parenthesis between the cue and the amount
    [InlineData("Le montant de l'aide est plafonné, pour les projets d'investissement, à 25\u00A0000 €.", null, 25_000L, null, null, null, null)]
    [InlineData("L'aide régionale est plafonnée (hors dépenses de personnel) à 40\u00A0000 € par an.", null, 40_000L, null, null, null, null)]
    [InlineData("La subvention ne pourra en aucun cas excéder, tous financements publics confondus, 80 % du budget du projet ni 15\u00A0000 €.", null, 15_000L, null, null, 80, null)]
    [InlineData("Subvention plafonnée, selon la taille de la commune, à 10\u00A0000 €.", null, 10_000L, null, null, null, null)]
    // Percentages and amounts that are conditions, not aid
    [InlineData("Sont éligibles les communes dont au moins 20 % de la population réside en quartier prioritaire. Taux d'aide : 50 % maximum.", null, null, null, null, 50, null)]
    [InlineData("Les associations dont les subventions publiques représentent moins de 50 % des recettes peuvent candidater. Dotation : 10\u00A0000 € par lauréat.", null, 10_000L, null, null, null, null)]
    [InlineData("Conditions : budget annuel de la structure n'excédant pas 500\u00A0000 €, fonds propres représentant au moins 10 % du budget. Aide de 3\u00A0000 € à 8\u00A0000 €.", 3_000L, 8_000L, null, null, null, null)]
    [InlineData("Aucune subvention inférieure à 1\u00A0000 € ne sera attribuée. L'aide pourra atteindre 20\u00A0000 €.", 1_000L, 20_000L, null, null, null, null)]
    [InlineData("Les EPCI dont 30 % au moins du territoire est classé en zone rurale bénéficient d'un taux bonifié de 60 %.", null, null, null, null, 60, null)]
    [InlineData("Le premier versement (70 %) intervient à la signature ; subvention maximale de 9\u00A0000 €.", null, 9_000L, null, null, null, null)]
    // Winners
    [InlineData("15 prix seront décernés, d'un montant de 2\u00A0000 € chacun.", null, 2_000L, null, null, null, 15)]
    [InlineData("Les 8 projets lauréats recevront une dotation de 7\u00A0500 €.", null, 7_500L, null, null, null, 8)]
    [InlineData("Chaque projet retenu percevra une bourse de 3\u00A0000 €. Au total, 20 bourses seront attribuées.", null, 3_000L, null, null, null, 20)]
    [InlineData("Dotation des prix :\n1er prix : 10\u00A0000 €\n2e prix : 5\u00A0000 €\n3e prix : 2\u00A0500 €", 2_500L, 10_000L, null, null, null, 3)]
    [InlineData("Une enveloppe de 30\u00A0000 € sera répartie entre les lauréats (5 au maximum).", null, null, 30_000L, null, null, 5)]
    [InlineData("Le Prix est doté de 50\u00A0000 €, réparti entre les trois lauréats.", null, null, 50_000L, null, null, 3)]
    [InlineData("Chaque prix est doté de 5\u00A0000 € par lauréat.", null, 5_000L, null, null, null, null)]
    [InlineData("Dix lauréats recevront chacun 4\u00A0000 euros.", null, 4_000L, null, null, null, 10)]
    [InlineData("12 subventions seront attribuées, de 1\u00A0000 à 3\u00A0000 €.", 1_000L, 3_000L, null, null, null, 12)]
    public void The_money_of_the_call_is_read_from_a_whole_paragraph(
        string text, long? minEuros, long? maxEuros, long? envelopeEuros, int? rateMin, int? rateMax, int? winners)
    {
        var result = FrenchAmountParser.FindInPage(text);

        Assert.Equal(minEuros * 100, result.MinAmountCents);
        Assert.Equal(maxEuros * 100, result.MaxAmountCents);
        Assert.Equal(envelopeEuros * 100, result.EnvelopeCents);
        Assert.Equal(rateMin, result.RateMinPercent);
        Assert.Equal(rateMax, result.RateMaxPercent);
        Assert.Equal(winners, result.MaxWinners);
    }
}
