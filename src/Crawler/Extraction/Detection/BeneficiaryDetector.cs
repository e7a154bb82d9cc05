using Plateforme.Search.Reference;

namespace Plateforme.Crawler.Extraction.Detection;

/// <summary>
/// Who may apply, as slugs of <see cref="ReferenceLists.Beneficiaries"/>, from a source's beneficiaries field
/// ("Associations, collectivités") or, more cautiously, from free text: there "département" and "région" are
/// more often the place or the funder than the applicant, so only a field can say them.
/// </summary>
public static class BeneficiaryDetector
{
    private static readonly PhraseSet LocalPublicCompanies = new(["entreprise publique locale", "société d'économie mixte", "société publique locale", "SEM", "SPL", "SEMOP", "EPL"]);

    private static readonly PhraseSet IntercommunalPhrases = new(["communauté de communes", "groupement de communes", "syndicat intercommunal", "communes membres"]);

    private static readonly (string Slug, PhraseSet Anywhere, PhraseSet FieldOnly)[] Rules =
    [
        (BeneficiarySlugs.Association, Set("association", "loi 1901", "structure associative", "secteur associatif", "tissu associatif", "fédération sportive", "club sportif"), Set("associatif")),
        (BeneficiarySlugs.Commune, Set("commune", "municipalité", "mairie", "collectivité", "collectivité territoriale", "collectivité locale"), Set("ville")),
        (BeneficiarySlugs.Epci, Set("EPCI", "intercommunalité", "communauté de communes", "communauté d'agglomération", "communauté urbaine", "métropole", "syndicat mixte", "syndicat intercommunal", "PETR", "collectivité", "collectivité territoriale", "collectivité locale"), Set("groupement de communes")),
        (BeneficiarySlugs.Departement, Set("conseils départementaux", "collectivité territoriale", "collectivité"), Set("département", "conseil départemental")),
        (BeneficiarySlugs.Region, Set("conseils régionaux", "collectivité territoriale", "collectivité"), Set("région", "conseil régional")),
        (BeneficiarySlugs.Individual, Set("particulier", "ménage", "personne physique", "propriétaire occupant", "propriétaire bailleur"), Set("citoyen", "famille")),
        (BeneficiarySlugs.Farmer, Set("agriculteur", "exploitant agricole", "exploitation agricole", "éleveur", "GAEC", "CUMA", "EARL", "groupement agricole", "jeune agriculteur"), Set("agricole")),
        (BeneficiarySlugs.PrivateCompany, Set("entreprise", "TPE", "PME", "ETI", "start-up", "startup", "société", "artisan", "commerçant", "micro-entreprise", "auto-entrepreneur", "entrepreneur", "SCOP", "SCIC", "SARL", "SAS", "entreprise de l'économie sociale et solidaire"), Set("structure de l'ESS", "ESS")),
        (BeneficiarySlugs.LocalPublicCompany, Set("entreprise publique locale", "société d'économie mixte", "société publique locale", "SEM", "SPL", "SEMOP", "EPL"), Set()),
        (BeneficiarySlugs.PublicBody, Set("établissement public", "établissement scolaire", "établissement d'enseignement", "université", "hôpital", "hôpitaux", "centre hospitalier", "bailleur social", "bailleurs sociaux", "office public", "CCAS", "CIAS", "EPCC", "EPIC", "GIP", "groupement d'intérêt public"), Set("lycée", "collège", "école")),
        (BeneficiarySlugs.Researcher, Set("chercheur", "laboratoire", "équipe de recherche", "organisme de recherche", "unité de recherche", "doctorant", "établissement de recherche"), Set("recherche")),
    ];

    /// <summary>Beneficiary slugs in the reference list's order; empty when the text names none.</summary>
    public static IReadOnlyList<string> Detect(string? text, bool isBeneficiaryField = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (isBeneficiaryField)
        {
            foreach (var item in text.Split([',', ';', '/', '\n', '•', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (ReferenceLists.Default.Beneficiaries.TryNormalize(item, out var slug)) found.Add(slug);
            }
        }

        var folded = FoldedText.Of(text);
        var hasLocalPublicCompany = LocalPublicCompanies.Matches(folded);
        var withoutLocalPublic = folded.Without(LocalPublicCompanies);
        var withoutIntercommunal = folded.Without(IntercommunalPhrases);
        foreach (var (slug, anywhere, fieldOnly) in Rules)
        {
            // "Communautés de communes" are EPCI, not communes; "sociétés d'économie mixte" are not private companies.
            var target = slug switch
            {
                BeneficiarySlugs.PrivateCompany => withoutLocalPublic,
                BeneficiarySlugs.Commune => withoutIntercommunal,
                _ => folded,
            };
            if (anywhere.Matches(target) || (isBeneficiaryField && fieldOnly.Matches(target))) found.Add(slug);
        }
        if (hasLocalPublicCompany) found.Add(BeneficiarySlugs.LocalPublicCompany);

        return ReferenceLists.Default.Beneficiaries.Slugs.Where(found.Contains).ToList();
    }

    private static PhraseSet Set(params string[] phrases) => new(phrases);
}
