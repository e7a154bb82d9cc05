namespace Plateforme.Experiences.Seeding;

/// <summary>
/// A document the reference sheets are written from: its citation, and the day its facts were true (the sheet's
/// last review, so that sheets drawn from documents older than two years show « à actualiser »).
/// </summary>
public sealed record SeedSource(string Key, string Citation, DateOnly FactsAsOf)
{
    public static IReadOnlyList<SeedSource> All { get; } =
    [
        // The sheet announces its evaluation « en 2019 »: written before; its exact date is not printed.
        new("fiche-place-aux-entreprises",
            "Fiche d'expérience « Place aux entreprises » (Amiens Métropole), IREV, centre de ressources politique de la ville des Hauts-de-France",
            new DateOnly(2018, 1, 1)),
        // The issue names its year only.
        new("eco-des-quartiers-1",
            "L'Eco des quartiers n° 1, « Pour un développement économique des quartiers politique de la ville », Club Dév Eco du réseau national des centres de ressources politique de la ville, 2019",
            new DateOnly(2019, 1, 1)),
        new("cget-innovation-2017",
            "L'innovation, moteur de développement économique et d'emploi dans les quartiers prioritaires de la politique de la ville — synthèse, CGET (étude Algoé), février 2017",
            new DateOnly(2017, 2, 1)),
        new("popup-dev-eco-2017",
            "Pop-Up dév éco : le quartier activateur — synthèse de la journée du 21 septembre 2017 à Amiens, IREV",
            new DateOnly(2017, 9, 21)),
    ];

    public static SeedSource Find(string key) =>
        All.FirstOrDefault(s => s.Key == key) ?? throw new InvalidOperationException($"Unknown seed source '{key}'.");
}
