using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Sources;
using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Tests.Extraction;

/// <summary>
/// Whole call pages by kind of funder, normalised as the crawler does with no selector for dates or amounts, on a
/// page of 15 March 2025. Columns: text, deadline, opening, min, max, envelope (whole euros, "" when absent),
/// maximum rate, winners, recurrence ("" for one-off).
/// </summary>
public sealed class RealTextCallPageTests
{
    private static readonly CallNormalizer Normalizer = new(new FakeTimeProvider(new DateTimeOffset(2025, 3, 15, 9, 0, 0, TimeSpan.Zero)));

    [Theory]
    // Foundations
    [InlineData("La Fondation lance son appel à projets « Grandir ensemble ».\n📅 Candidatures jusqu'au 30 avril 2025 inclus.\nLes projets retenus recevront une subvention de 5\u00A0000 à 15\u00A0000 €. Depuis 2018, 240 projets ont été soutenus pour 2,1 M€.", "2025-04-30", "", "5000", "15000", "", "", "", "")]
    [InlineData("Prix de l'engagement solidaire 2025\nDate limite de candidature\n16 mai 2025\n12 prix seront décernés par le jury le 24 juin 2025, d'un montant de 3\u00A0000 € chacun.", "2025-05-16", "", "", "3000", "", "", "12", "")]
    [InlineData("Le Fonds de dotation consacre une enveloppe totale de 300\u00A0000 € à cet appel. L'aide par projet est plafonnée (hors frais de structure) à 20\u00A0000 €. Clôture : 2 juin 2025 à 12h.", "2025-06-02", "", "", "20000", "300000", "", "", "")]
    // CAF
    [InlineData("Fonds Publics et Territoires — axe jeunesse.\nAppel à projets ouvert toute l'année. La participation de la Caf ne peut excéder 80 % du coût du projet, dans la limite de 15\u00A0000 €.", "", "", "", "15000", "", "80", "", "permanente")]
    [InlineData("Aide aux vacances collectives : les demandes sont à adresser à la Caf avant le 31 mai 2025. Le versement de l'aide interviendra après le séjour, au plus tard le 30 novembre 2025. Aide forfaitaire de 200 € par enfant.", "2025-05-31", "", "", "200", "", "", "", "")]
    [InlineData("Appel à projets « Parentalité » de la CAF\nOuverture : 3 mars 2025\nDate limite de dépôt : 11 avril 2025\nRéponse communiquée avant le 15 juin 2025.", "2025-04-11", "2025-03-03", "", "", "", "", "", "")]
    // Régions
    [InlineData("La Région mobilise 1,5 M€ pour cet appel à projets. Subvention comprise entre 10\u00A0000 € et 50\u00A0000 € par projet, dans la limite de 50 % des dépenses éligibles. Les projets devront être achevés au plus tard le 31 décembre 2026. Date limite de dépôt : 27 juin 2025.", "2025-06-27", "", "10000", "50000", "1500000", "50", "", "")]
    [InlineData("Sont éligibles les associations dont le budget annuel est inférieur à 500\u00A0000 €.\nTaux d'intervention : 30 % maximum.\nCandidatures du 1er avril au 30 mai 2025.", "2025-05-30", "2025-04-01", "", "", "", "30", "", "")]
    [InlineData("Deux sessions par an : dépôt avant le 31 mars et avant le 30 septembre. Aide plafonnée à 8\u00A0000 €.", "2025-03-31", "", "", "8000", "", "", "", "recurrente")]
    // Cities
    [InlineData("Budget participatif de la Ville\nL'enveloppe de 1 M€ se répartit ainsi : 700\u00A0000 € pour les projets d'investissement et 300\u00A0000 € pour les projets de fonctionnement.\nDépôt des idées entre le 2 avril au 15 mai 2025.", "2025-05-15", "2025-04-02", "", "", "1000000", "", "", "")]
    [InlineData("FONDS D'INITIATIVES CITOYENNES 🏘️\nMONTANT MAXIMUM : 1\u202F500 €\nDÉPÔT : AU FIL DE L'EAU", "", "", "", "1500", "", "", "", "permanente")]
    [InlineData("Appel à projets Politique de la ville : l'appel s'est terminé le 10 février. Les résultats seront publiés en avril.", "2025-02-10", "", "", "", "", "", "", "")]
    // Ministries and State agencies
    [InlineData("Le ministère de la Culture lance l'appel à projets « Mondes nouveaux ». Candidatures ouvertes du 17 mars 2025 au 16 mai 2025 (minuit). Soutien compris entre 5\u00A0000 € et 30\u00A0000 €. Le jury se réunira le 2 juillet 2025.", "2025-05-16", "2025-03-17", "5000", "30000", "", "", "", "")]
    [InlineData("L'État consacre trois (3) millions d'euros à ce plan. L'aide par lauréat est plafonnée à 200\u00A0000 €, dans la limite de 15 lauréats. Date limite : 4 juillet 2025.", "2025-07-04", "", "", "200000", "3000000", "", "15", "")]
    [InlineData("Les demandes de subvention FDVA doivent être transmises avant le 30 juin de l'année N. Subvention minimale : 1\u00A0000 €.", "", "", "1000", "", "", "", "", "recurrente")]
    // Networks
    [InlineData("Date limite de candidature : 27 Février 2025 / Organisme : réseau ESS / Territoire : National et +\nLes 8 projets lauréats recevront un accompagnement et une dotation de 7\u00A0500 €.", "2025-02-27", "", "", "7500", "", "", "8", "")]
    [InlineData("Une enveloppe de 40\u00A0000 € sera répartie entre les lauréats (6 au maximum). Candidatures jusqu'au 18 avril 2025.", "2025-04-18", "", "", "", "40000", "", "6", "")]
    [InlineData("Trophées de l'innovation sociale\n1er prix : 10\u00A0000 €\n2e prix : 5\u00A0000 €\n3e prix : 2\u00A0500 €\nInscriptions closes depuis le 1er mars.", "2025-03-01", "", "2500", "10000", "", "", "3", "")]
    public void A_whole_call_page_is_normalised_right(string text, string deadline, string opens, string min, string max, string envelope, string rateMax, string winners, string recurrence)
    {
        var html = string.Join("", text.Split('\n').Select(line => "<p>" + System.Net.WebUtility.HtmlEncode(line) + "</p>"));
        var raw = new RawCall("financeur", "1", new Uri("https://financeur.example/aides/1"), "Appel à projets") { DescriptionHtml = html, PageDate = new DateOnly(2025, 3, 15) };

        var call = Normalizer.Normalize(raw, new SourceContext("financeur"));

        Assert.Equal(deadline, call.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        Assert.Equal(opens, call.OpensOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        Assert.Equal(min, Euros(call.MinAmountCents));
        Assert.Equal(max, Euros(call.MaxAmountCents));
        Assert.Equal(envelope, Euros(call.EnvelopeCents));
        Assert.Equal(rateMax, call.RateMaxPercent?.ToString(CultureInfo.InvariantCulture) ?? "");
        Assert.Equal(winners, call.MaxWinners?.ToString(CultureInfo.InvariantCulture) ?? "");
        Assert.Equal(recurrence, call.Recurrence switch { Recurrence.Permanent => "permanente", Recurrence.Recurring => "recurrente", _ => "" });
    }

    private static string Euros(long? cents) => cents is { } c ? (c / 100).ToString(CultureInfo.InvariantCulture) : "";
}
