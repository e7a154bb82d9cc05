namespace Plateforme.Crawler.Extraction;

/// <summary>The warnings extraction can raise. Messages are French: moderators read them in the review queue.</summary>
public static class ExtractionWarnings
{
    public static ExtractionWarning TitleMissing { get; } = new("titre-manquant", "Titre absent : l'identifiant de la source est utilisé à la place.");
    public static ExtractionWarning DeadlineMissing { get; } = new("date-limite-introuvable", "Date limite introuvable.");
    public static ExtractionWarning DeadlineUnreadable { get; } = new("date-limite-illisible", "Le champ date limite n'a pas pu être lu.");
    public static ExtractionWarning DeadlineFromPage { get; } = new("date-limite-deduite", "Date limite trouvée dans le texte de la page : à vérifier.");
    public static ExtractionWarning DeadlinePassed { get; } = new("date-limite-passee", "La date limite est déjà passée.");
    public static ExtractionWarning OpeningUnreadable { get; } = new("date-ouverture-illisible", "Le champ date d'ouverture n'a pas pu être lu.");
    public static ExtractionWarning AmountUnreadable { get; } = new("montant-illisible", "Le champ montant n'a pas pu être lu.");
    public static ExtractionWarning AmountFromPage { get; } = new("montant-deduit", "Montant trouvé dans le texte de la page : à vérifier.");
    public static ExtractionWarning FunderMissing { get; } = new("financeur-inconnu", "Aucun financeur indiqué.");
    public static ExtractionWarning TerritoryUnresolved { get; } = new("territoire-inconnu", "Territoire non reconnu : la France entière est retenue par défaut.");
    public static ExtractionWarning BeneficiariesMissing { get; } = new("beneficiaires-inconnus", "Aucun bénéficiaire reconnu.");
    public static ExtractionWarning ThemesMissing { get; } = new("thematiques-inconnues", "Aucune thématique reconnue.");
    public static ExtractionWarning AidTypeGuessed { get; } = new("type-aide-deduit", "Type d'aide non précisé : subvention supposée d'après le montant.");
}
