using System.Globalization;
using Plateforme.Crawler.Extraction.Dates;
using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Tests.Extraction;

/// <summary>
/// Whole paragraphs as foundations, CAF, régions, cities, ministries and networks publish them, read with no selector
/// (the page mode) on a page of 15 March 2025. Columns: text, deadline, opening ("" when none), recurrence.
/// </summary>
public sealed class RealTextDateTests
{
    private static readonly DateParseContext On15March2025 = DateParseContext.On(new DateOnly(2025, 3, 15));

    [Theory]
    // A crash loses the call: emoji and other characters beyond the Basic Multilingual Plane
    [InlineData("📅 Dépôt des dossiers : jusqu'au 30 avril 2025\n💶 Subvention jusqu'à 5 000 €", "2025-04-30", "", "")]
    [InlineData("🗓️ Date limite de candidature : 12 mai 2025 ⏰ 12h", "2025-05-12", "", "")]
    [InlineData("✅ Ouverture le 1er avril 2025 👉 Clôture le 31 mai 2025", "2025-05-31", "2025-04-01", "")]
    [InlineData("🇫🇷 Appel à projets national — candidatures jusqu'au 𝟑𝟎 juin 2025 ou le 30 juin 2025 au plus tard", "2025-06-30", "", "")]
    // Labels and values on separate lines
    [InlineData("Date d'ouverture\n3 avril 2025\nDate de clôture\n30 mai 2025", "2025-05-30", "2025-04-03", "")]
    [InlineData("Date limite de dépôt\n\nvendredi 16 mai 2025", "2025-05-16", "", "")]
    [InlineData("Ouverture des candidatures :\n7 avril 2025\nClôture des candidatures :\n6 juin 2025 à minuit", "2025-06-06", "2025-04-07", "")]
    [InlineData("Calendrier\nLancement :\n1er avril 2025\nDate limite :\n15 juin 2025\nJury :\n10 juillet 2025", "2025-06-15", "2025-04-01", "")]
    [InlineData("Date limite de réception des dossiers\n20/06/2025", "2025-06-20", "", "")]
    [InlineData("Clôture\n13.06.2025", "2025-06-13", "", "")]
    [InlineData("DATE DE CLÔTURE\nLUNDI 2 JUIN 2025", "2025-06-02", "", "")]
    // A year-less date told in the past resolves to the past
    [InlineData("L'appel s'est terminé le 3 mars. Merci aux 120 structures candidates.", "2025-03-03", "", "")]
    [InlineData("Appel à projets fermé depuis le 12 février.", "2025-02-12", "", "")]
    [InlineData("Les candidatures étaient ouvertes jusqu'au 28 février.", "2025-02-28", "", "")]
    [InlineData("La session a été clôturée le 10 mars ; les résultats seront connus en mai.", "2025-03-10", "", "")]
    [InlineData("Cet appel est clos depuis le 1er mars.", "2025-03-01", "", "")]
    [InlineData("Le dépôt des dossiers a pris fin le 14 mars.", "2025-03-14", "", "")]
    [InlineData("Clôture des candidatures le 30 avril.", "2025-04-30", "", "")]
    // Dates that are not the call's
    [InlineData("Date limite de dépôt : 30 avril 2025. Les projets devront être achevés au plus tard le 31 décembre 2026.", "2025-04-30", "", "")]
    [InlineData("Candidatures jusqu'au 16 mai 2025. La réponse sera communiquée avant le 30 juin 2025.", "2025-05-16", "", "")]
    [InlineData("Dépôt avant le 2 mai 2025. Le versement interviendra au plus tard le 15 septembre 2025.", "2025-05-02", "", "")]
    [InlineData("Le programme prend fin le 31 décembre 2027 ; les dossiers sont à déposer avant le 20 juin 2025.", "2025-06-20", "", "")]
    [InlineData("Date limite : 6 juin 2025. Fin de la convention : 31 décembre 2026.", "2025-06-06", "", "")]
    [InlineData("Les travaux devront être terminés avant le 30 novembre 2026. Date limite de candidature : 23 mai 2025.", "2025-05-23", "", "")]
    [InlineData("Clôture le 11 avril 2025. Jury le 22 mai 2025. Cérémonie de remise des prix le 19 juin 2025.", "2025-04-11", "", "")]
    [InlineData("Les résultats seront notifiés au plus tard le 15 juillet 2025 ; les dossiers doivent parvenir avant le 31 mai 2025.", "2025-05-31", "", "")]
    [InlineData("Candidatures du 1er avril au 30 avril 2025. Audition des finalistes le 3 juin 2025.", "2025-04-30", "2025-04-01", "")]
    [InlineData("Date limite de réponse fixée au 9 mai 2025 (17 heures).", "2025-05-09", "", "")]
    [InlineData("La réalisation des actions doit intervenir avant le 31 décembre 2025. Dépôt jusqu'au 25 avril 2025.", "2025-04-25", "", "")]
    // Placeholders and mixed prepositions
    [InlineData("Les demandes doivent être transmises avant le 30 juin de l'année N.", "", "", "recurrente")]
    [InlineData("Dépôt avant le 31 janvier de l'année N pour les actions de l'année N.", "", "", "recurrente")]
    [InlineData("Dépôt des candidatures entre le 2 avril au 30 mai 2025.", "2025-05-30", "2025-04-02", "")]
    [InlineData("La plateforme est ouverte entre le 1er avril et au 15 mai 2025.", "2025-05-15", "2025-04-01", "")]
    [InlineData("Candidatures du 7 avril jusqu'au 6 juin 2025.", "2025-06-06", "2025-04-07", "")]
    [InlineData("Date limite de dépôt des dossiers : 20 mai. La commission d'attribution se réunira le 12 juin.", "2025-05-20", "", "")]
    [InlineData("Appel ouvert du 17/03/2025 au 25/04/2025 à 12h00. Restitution des résultats le 20/06/2025.", "2025-04-25", "2025-03-17", "")]
    [InlineData("DATE LIMITE DE DEPOT : 03/04/2025 - 12H00", "2025-04-03", "", "")]
    [InlineData("Les dossiers complets sont à envoyer au plus tard le 2 mai 2025 ; les projets devront démarrer avant le 1er octobre 2025.", "2025-05-02", "", "")]
    [InlineData("Date limite de candidature : 30 avril 2025. Le paiement du solde interviendra au 31 mars 2026.", "2025-04-30", "", "")]
    // Permanent and recurring
    [InlineData("Fonds Publics et Territoires : appel à projets ouvert toute l'année.", "", "", "permanente")]
    [InlineData("Les demandes sont instruites au fil de l'eau.", "", "", "permanente")]
    [InlineData("Dispositif ouvert tout au long de l'année, sans date limite.", "", "", "permanente")]
    [InlineData("Trois sessions de dépôt par an : 31 janvier, 31 mai et 30 septembre.", "2025-05-31", "", "recurrente")]
    [InlineData("Dates limites de dépôt : 15 avril 2025 et 15 octobre 2025.", "2025-04-15", "", "recurrente")]
    [InlineData("La session de printemps a été clôturée le 28 février ; la session d'automne est ouverte jusqu'au 30 septembre.", "2025-09-30", "", "recurrente")]
    public void The_call_dates_are_read_from_a_whole_paragraph(string text, string deadline, string opens, string recurrence)
    {
        var result = FrenchDateParser.FindInPage(text, On15March2025);

        Assert.Equal(deadline, Iso(result.Deadline));
        Assert.Equal(opens, Iso(result.OpensOn));
        Assert.Equal(recurrence, result.Recurrence switch { Recurrence.Permanent => "permanente", Recurrence.Recurring => "recurrente", _ => "" });
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
