using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Reference;

/// <summary>
/// The closed lists a call is described with, after the State's aid aggregator: who may apply, what kind of aid,
/// for which spending, how often, and where a call stands. Labels are French, slugs ASCII kebab-case.
/// </summary>
public sealed class ReferenceLists
{
    private const string FinancialGroup = "Aide financière";
    private const string EngineeringGroup = "Ingénierie";

    public static ReferenceLists Default { get; } = new();

    public ReferenceList Beneficiaries { get; } = new(FacetNames.Beneficiary,
    [
        new(BeneficiarySlugs.Association, "Association", "Association loi 1901 ou de droit local (Alsace-Moselle)."),
        new(BeneficiarySlugs.Commune, "Commune"),
        new(BeneficiarySlugs.Epci, "Intercommunalité", "Communauté de communes, d'agglomération, urbaine ou métropole (EPCI)."),
        new(BeneficiarySlugs.Departement, "Département"),
        new(BeneficiarySlugs.Region, "Région"),
        new(BeneficiarySlugs.Individual, "Particulier"),
        new(BeneficiarySlugs.Farmer, "Agriculteur", "Exploitant ou groupement agricole."),
        new(BeneficiarySlugs.PrivateCompany, "Entreprise privée", "TPE, PME, entreprise de l'économie sociale et solidaire, entrepreneur individuel."),
        new(BeneficiarySlugs.LocalPublicCompany, "Entreprise publique locale", "SEM, SPL ou SEMOP."),
        new(BeneficiarySlugs.PublicBody, "Établissement public", "Établissement scolaire, hospitalier, bailleur social public, université…"),
        new(BeneficiarySlugs.Researcher, "Chercheur", "Laboratoire ou équipe de recherche."),
    ]);

    public ReferenceList AidTypes { get; } = new(FacetNames.AidType,
    [
        new(AidTypeSlugs.Grant, "Subvention", "Somme versée sans contrepartie de remboursement.", FinancialGroup),
        new(AidTypeSlugs.Loan, "Prêt", "Prêt à taux zéro, bonifié ou d'honneur.", FinancialGroup),
        new(AidTypeSlugs.RepayableAdvance, "Avance récupérable", "Avance remboursable en cas de succès du projet.", FinancialGroup),
        new(AidTypeSlugs.EnergySavingCertificates, "Certificats d'économies d'énergie (CEE)", "Prime financée par les fournisseurs d'énergie.", FinancialGroup),
        new(AidTypeSlugs.OtherFinancialAid, "Autre aide financière", "Prix, garantie, apport en fonds propres…", FinancialGroup),
        new(AidTypeSlugs.TechnicalEngineering, "Ingénierie technique", "Accompagnement, expertise ou étude pour monter le projet.", EngineeringGroup),
        new(AidTypeSlugs.FinancialEngineering, "Ingénierie financière", "Aide à construire le plan de financement.", EngineeringGroup),
        new(AidTypeSlugs.LegalEngineering, "Ingénierie juridique et administrative", "Conseil juridique, statuts, marchés publics.", EngineeringGroup),
    ]);

    public ReferenceList Destinations { get; } = new("destination",
    [
        new(DestinationSlugs.Operating, "Fonctionnement", "Dépenses courantes : salaires, actions, frais de structure."),
        new(DestinationSlugs.Investment, "Investissement", "Travaux, équipements et acquisitions durables."),
    ]);

    /// <summary>The people a project serves: what a search filters on as « Public visé » (see <see cref="PublicSlugs"/>).</summary>
    public ReferenceList Publics { get; } = new(FacetNames.Public,
    [
        new(PublicSlugs.Youth, "Jeunes", "Adolescents et jeunes adultes, de 12 à 30 ans environ."),
        new(PublicSlugs.Children, "Enfants", "Petite enfance et enfants jusqu'à 12 ans environ."),
        new(PublicSlugs.Students, "Étudiants"),
        new(PublicSlugs.Seniors, "Seniors", "Personnes âgées, retraités."),
        new(PublicSlugs.Disabled, "Personnes handicapées", "Personnes en situation de handicap et leurs aidants."),
        new(PublicSlugs.Women, "Femmes", "Égalité femmes-hommes, femmes victimes de violences."),
        new(PublicSlugs.PriorityNeighbourhoods, "Habitants des quartiers prioritaires", "Quartiers prioritaires de la politique de la ville (QPV)."),
        new(PublicSlugs.Rural, "Habitants des zones rurales", "Zones de revitalisation rurale (ZRR), petites communes."),
        new(PublicSlugs.JobSeekers, "Demandeurs d'emploi", "Personnes sans emploi, en insertion professionnelle."),
        new(PublicSlugs.Families, "Familles", "Parents, parentalité, familles monoparentales."),
        new(PublicSlugs.Precarious, "Personnes en précarité", "Personnes en situation de pauvreté, sans abri, allocataires de minima sociaux."),
        new(PublicSlugs.Migrants, "Personnes exilées", "Réfugiés, demandeurs d'asile, primo-arrivants."),
        new(PublicSlugs.Prisoners, "Personnes détenues", "Personnes placées sous main de justice."),
        new(PublicSlugs.Volunteers, "Bénévoles", "Formation et engagement des bénévoles."),
    ]);

    public ReferenceList Recurrences { get; } = new(FacetNames.Recurrence,
    [
        new(RecurrenceSlugs.OneOff, "Ponctuelle", "Une seule session de dépôt."),
        new(RecurrenceSlugs.Recurring, "Récurrente", "Renouvelée à intervalles réguliers, souvent chaque année."),
        new(RecurrenceSlugs.Permanent, "Permanente", "Dépôt possible à tout moment."),
    ]);

    public ReferenceList Statuses { get; } = new(FacetNames.Status,
    [
        new(CallStatusRules.UpcomingSlug, "À venir", "Le dépôt n'est pas encore ouvert."),
        new(CallStatusRules.OpenSlug, "Ouvert", "Le dépôt est ouvert."),
        new(CallStatusRules.ClosingSoonSlug, "Clôture proche", $"La date limite est dans {CallStatusRules.ClosingSoonDays} jours au plus."),
        new(CallStatusRules.ClosedSlug, "Clos", "La date limite est passée."),
    ]);
}
