using Plateforme.Lending.Campaigns;

namespace Plateforme.Web.Lending.Demo;

/// <summary>The demo campaigns' texts, each marked as a demonstration in its title and its first paragraph.</summary>
internal static class DemoStories
{
    private const string Notice = "Campagne de démonstration : aucun argent réel n'est en jeu.";

    public static CampaignDraft Bakery(string carrier, DateOnly endDate) => new(
        carrier, "[Démo] Un nouveau four pour le Fournil de Villers-Bocage",
        Notice + "\n\nDepuis 2019, Claire et Mehdi font le pain de Villers-Bocage et des villages voisins. Leur four, acheté d'occasion, tombe en panne chaque mois.\n\nAvec 8 000 € prêtés par leurs clients et voisins, ils achètent un four à sole neuf, plus sobre en énergie, et ouvrent le dimanche matin.\n\nIls rembourseront sur 24 mois, à partir du premier mois qui suit le versement.",
        "Commerce de proximité", "com:80798", 800_000, endDate, TermMonths: 24, GraceMonths: 0, AcceptsDonations: true);

    public static CampaignDraft Cafe(string carrier, DateOnly endDate) => new(
        carrier, "[Démo] Le Café des Tilleuls rouvre ses portes",
        Notice + "\n\nLe seul café du quartier Saint-Leu avait fermé. Une association d'habitants le reprend pour en faire un lieu où l'on se retrouve.\n\nLes 5 000 € servent à remettre la cuisine aux normes.",
        "Alimentation et restauration", "com:80021", 500_000, endDate, TermMonths: 12, GraceMonths: 0, AcceptsDonations: true);

    public static CampaignDraft Garage(string carrier, DateOnly endDate) => new(
        carrier, "[Démo] Un pont élévateur pour le garage solidaire d'Albert",
        Notice + "\n\nLe garage répare à prix coûtant les voitures des personnes qui en ont besoin pour travailler.\n\nLa collecte n'a pas atteint son objectif : chaque prêteur a récupéré sa promesse.",
        "Mobilité", "com:80016", 450_000, endDate, TermMonths: 18, GraceMonths: 2, AcceptsDonations: false);
}
