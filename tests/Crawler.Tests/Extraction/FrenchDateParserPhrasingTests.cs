using Plateforme.Crawler.Extraction.Dates;

namespace Plateforme.Crawler.Tests.Extraction;

/// <summary>
/// Deadline phrasings as sources write them, read against a page published on 10 January 2026.
/// Columns: text, expected deadline, expected time ("" when none), expected opening ("" when none).
/// </summary>
public sealed class FrenchDateParserPhrasingTests
{
    private static readonly DateParseContext PublishedOn10January2026 = DateParseContext.On(new DateOnly(2026, 1, 10));

    [Theory]
    // Full dates in words
    [InlineData("Date limite de dépôt du dossier : 21 octobre 2026", "2026-10-21", "", "")]
    [InlineData("Date limite de candidature : 27 Février 2026", "2026-02-27", "", "")]
    [InlineData("Clôture le 1er décembre 2026", "2026-12-01", "", "")]
    [InlineData("Les candidatures sont à envoyer au plus tard le 3 mars 2026.", "2026-03-03", "", "")]
    [InlineData("au plus tard pour le 3 mars 2026 au soir", "2026-03-03", "", "")]
    [InlineData("Dépôt des dossiers avant le 28 mai 2026 à 11h", "2026-05-28", "11:00", "")]
    [InlineData("DATE LIMITE : 15 SEPTEMBRE 2026", "2026-09-15", "", "")]
    [InlineData("date limite 15 decembre 2026", "2026-12-15", "", "")]
    [InlineData("Date limite : 2 fevrier 2026 a 12h00", "2026-02-02", "12:00", "")]
    [InlineData("Clôture : 30 août 2026 à minuit", "2026-08-30", "23:59", "")]
    [InlineData("Clôture : 30 aout 2026 à midi", "2026-08-30", "12:00", "")]
    [InlineData("Candidatures jusqu'au 12 déc. 2026", "2026-12-12", "", "")]
    [InlineData("Jusqu'au 5 janv 2027 inclus", "2027-01-05", "", "")]
    [InlineData("Date butoir : 31 juil. 2026, 17h30", "2026-07-31", "17:30", "")]
    [InlineData("Remise des dossiers le 14 sept. 2026 à 16 h", "2026-09-14", "16:00", "")]
    [InlineData("Échéance : 1er avril 2026 – 23h59", "2026-04-01", "23:59", "")]
    [InlineData("Expire le 2 nov. 2026", "2026-11-02", "", "")]
    [InlineData("Fin des candidatures : le 1 er juin 2026", "2026-06-01", "", "")]
    [InlineData("Date limite de réponse fixée au 9 octobre 2026 (17 heures)", "2026-10-09", "17:00", "")]
    [InlineData("Dossier à déposer au plus tard le 30 juin 2026 à 23:59", "2026-06-30", "23:59", "")]
    // Weekday prefixes and the date before its label
    [InlineData("Mardi 10 mars 2026 : date limite de dépôt", "2026-03-10", "", "")]
    [InlineData("Date limite : vendredi 17 avril 2026 à 12h", "2026-04-17", "12:00", "")]
    [InlineData("Les dossiers doivent parvenir avant le lundi 2 mars 2026, 18h", "2026-03-02", "18:00", "")]
    [InlineData("Jeudi 4 juin 2026 - clôture des candidatures", "2026-06-04", "", "")]
    // No year: the next such day after the page date (10 January 2026)
    [InlineData("Ouvert jusqu'au 18 décembre à 17h", "2026-12-18", "17:00", "")]
    [InlineData("Date limite fixée au 15 septembre prochain", "2026-09-15", "", "")]
    [InlineData("Candidatures jusqu'au 5 janvier", "2027-01-05", "", "")]
    [InlineData("Clôture le 10 janvier à 12h", "2026-01-10", "12:00", "")]
    [InlineData("Dépôt avant le 1er mars", "2026-03-01", "", "")]
    [InlineData("Jusqu'au 31/03", "2026-03-31", "", "")]
    [InlineData("jusqu'au 29 février", "2028-02-29", "", "")]
    // Numeric formats
    [InlineData("Expire le 15/01/2026", "2026-01-15", "", "")]
    [InlineData("Date de clôture : 15.01.2026", "2026-01-15", "", "")]
    [InlineData("Date limite : 15-01-26", "2026-01-15", "", "")]
    [InlineData("Clôture : 2026-01-15", "2026-01-15", "", "")]
    [InlineData("deadline: 2026-03-31T17:00:00+02:00", "2026-03-31", "17:00", "")]
    [InlineData("2026-03-31T15:00:00Z", "2026-03-31", "17:00", "")]
    [InlineData("2022-07-28T11: 40: 47+02: 00", "2022-07-28", "11:40", "")]
    [InlineData("2026-04-30T00:00:00.000+02:00", "2026-04-30", "", "")]
    [InlineData("20260112", "2026-01-12", "", "")]
    [InlineData("Jusqu'au 11/02/2026", "2026-02-11", "", "")]
    [InlineData("Date limite de dépôt\n15/05/2026", "2026-05-15", "", "")]
    [InlineData("Date limite : 15/01/2026 à 12h00", "2026-01-15", "12:00", "")]
    [InlineData("1/9/2026", "2026-09-01", "", "")]
    // Opening and deadline together
    [InlineData("Date de lancement : 17 février 2026 Date de clôture : 15 avril 2026", "2026-04-15", "", "2026-02-17")]
    [InlineData("Du 19/12/2025 au 02/02/2026", "2026-02-02", "", "2025-12-19")]
    [InlineData("Candidatures du 1er mars au 15 avril 2026", "2026-04-15", "", "2026-03-01")]
    [InlineData("Dépôt des dossiers du 1er décembre 2025 au 15 janvier 2026 à 17h", "2026-01-15", "17:00", "2025-12-01")]
    [InlineData("Ouverture le 2 février 2026, clôture le 30 mars 2026", "2026-03-30", "", "2026-02-02")]
    [InlineData("Appel ouvert à partir du 15 janvier 2026 jusqu'au 15 mars 2026", "2026-03-15", "", "2026-01-15")]
    [InlineData("Publié le : 12.01.2026 Date de clôture : 20.03.2026", "2026-03-20", "", "")]
    [InlineData("Entre le 1er et le 30 avril 2026", "2026-04-30", "", "2026-04-01")]
    [InlineData("Période de dépôt : 01/02/2026 - 31/03/2026", "2026-03-31", "", "2026-02-01")]
    [InlineData("du 15 novembre au 15 janvier", "2026-01-15", "", "2025-11-15")]
    // Dates that are not the deadline next to the one that is
    [InlineData("Date limite de dépôt : 15 mars 2026. Jury le 20 avril 2026.", "2026-03-15", "", "")]
    [InlineData("Réunion d'information le 2 février 2026 ; date limite de dépôt le 27 mars 2026", "2026-03-27", "", "")]
    [InlineData("Date limite de pré-dépôt : 1er mars 2026. Date limite de dépôt : 15 avril 2026", "2026-04-15", "", "")]
    [InlineData("Mis à jour le 05/01/2026 – Candidatures jusqu'au 27 février 2026", "2026-02-27", "", "")]
    [InlineData("Clôture des candidatures le 15 mars. Les projets devront être réalisés avant le 31 décembre 2027.", "2026-03-15", "", "")]
    [InlineData("Date de publication : 05/01/2026 ; Date limite : 20/02/2026", "2026-02-20", "", "")]
    [InlineData("Les dossiers de candidature doivent être déposés avant le 31/03/2026 minuit", "2026-03-31", "23:59", "")]
    [InlineData("Date limite de dépôt des candidatures : lundi 16 février 2026 à 12 heures (heure de Paris)", "2026-02-16", "12:00", "")]
    [InlineData("DATE LIMITE DE DEPOT : 03/04/2026 - 12H00", "2026-04-03", "12:00", "")]
    [InlineData("Appel à projets ouvert du 12 janvier au 27 février 2026 inclus", "2026-02-27", "", "2026-01-12")]
    [InlineData("Candidatures : 1re session jusqu'au 15 mars 2026, 2e session jusqu'au 15 septembre 2026", "2026-03-15", "", "")]
    [InlineData("Date limite de dépôt : 15 mars 2026 ; date limite de réalisation des travaux : 31 décembre 2027", "2026-03-15", "", "")]
    // Permanent calls have no deadline
    [InlineData("Dépôt des demandes au fil de l'eau", "", "", "")]
    [InlineData("Sans date limite", "", "", "")]
    [InlineData("Appel à projets permanent", "", "", "")]
    [InlineData("Pas de date limite : les dossiers sont instruits en continu", "", "", "")]
    [InlineData("Date limite : non communiquée", "", "", "")]
    public void Parse_reads_the_deadline_its_time_and_the_opening(string text, string deadline, string time, string opens)
    {
        var result = FrenchDateParser.Parse(text, PublishedOn10January2026);

        Assert.Equal(deadline, result.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        Assert.Equal(time, result.DeadlineTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        Assert.Equal(opens, result.OpensOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
    }
}
