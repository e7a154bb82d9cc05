using Plateforme.Search.Reference;

namespace Plateforme.Crawler.Extraction.Detection;

/// <summary>
/// The kind of aid, as slugs of <see cref="ReferenceLists.AidTypes"/>: "subvention", "prêt d'honneur",
/// "avance remboursable", "CEE", "prix", "accompagnement"… Specific phrases are read first and blanked, so that
/// "ingénierie financière" does not also count as technical engineering.
/// </summary>
public static class AidTypeDetector
{
    private static readonly (string Slug, PhraseSet Anywhere, PhraseSet FieldOnly)[] Rules =
    [
        (AidTypeSlugs.RepayableAdvance, Set("avance remboursable", "avance récupérable"), Set("avance")),
        (AidTypeSlugs.EnergySavingCertificates, Set("CEE", "certificat d'économie d'énergie", "certificats d'économies d'énergie"), Set()),
        (AidTypeSlugs.FinancialEngineering, Set("ingénierie financière", "montage financier", "recherche de financement", "conseil financier", "appui financier au montage"), Set()),
        (AidTypeSlugs.LegalEngineering, Set("ingénierie juridique", "ingénierie administrative", "conseil juridique", "accompagnement juridique", "appui juridique", "expertise juridique"), Set("juridique")),
        (AidTypeSlugs.Loan, Set("prêt d'honneur", "prêt à taux zéro", "prêt bonifié", "prêt participatif", "prêt sans intérêt", "prêt solidaire", "microcrédit", "micro-crédit", "prêt garanti"), Set("prêt", "emprunt")),
        (AidTypeSlugs.Grant, Set("subvention", "aide financière", "soutien financier", "aide forfaitaire", "participation financière", "prime", "bourse", "dotation", "bonus"), Set("aide", "financement")),
        (AidTypeSlugs.OtherFinancialAid, Set("prix", "concours", "trophée", "garantie", "fonds propres", "apport en capital", "prise de participation", "récompense"), Set()),
        (AidTypeSlugs.TechnicalEngineering, Set("ingénierie", "ingénierie technique", "appui technique", "assistance technique", "accompagnement technique", "accompagnement personnalisé", "assistance à maîtrise d'ouvrage", "AMO", "expertise", "étude de faisabilité", "mentorat", "incubation", "incubateur"), Set("accompagnement", "conseil", "formation", "diagnostic")),
    ];

    private static readonly PhraseSet Specific = new(["ingénierie financière", "ingénierie juridique", "ingénierie administrative", "expertise juridique", "accompagnement juridique", "avance remboursable", "avance récupérable"]);

    /// <summary>Aid-type slugs in the reference list's order; empty when the text names none.</summary>
    public static IReadOnlyList<string> Detect(string? text, bool isAidTypeField = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (isAidTypeField)
        {
            foreach (var item in text.Split([',', ';', '/', '\n', '•', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (ReferenceLists.Default.AidTypes.TryNormalize(item, out var slug)) found.Add(slug);
            }
        }

        var folded = FoldedText.Of(text);
        var generic = folded.Without(Specific);
        foreach (var (slug, anywhere, fieldOnly) in Rules)
        {
            var target = slug is AidTypeSlugs.TechnicalEngineering or AidTypeSlugs.Grant or AidTypeSlugs.Loan ? generic : folded;
            if (anywhere.Matches(target) || (isAidTypeField && fieldOnly.Matches(target))) found.Add(slug);
        }
        return ReferenceLists.Default.AidTypes.Slugs.Where(found.Contains).ToList();
    }

    private static PhraseSet Set(params string[] phrases) => new(phrases);
}
