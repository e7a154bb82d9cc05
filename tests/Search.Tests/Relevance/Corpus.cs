using Plateforme.Search.Indexing;
using Plateforme.Search.Tests.Lucene;

namespace Plateforme.Search.Tests.Relevance;

/// <summary>A fixed corpus of realistic French calls, written by hand, keyed by slug.</summary>
internal static partial class Corpus
{
    public static IReadOnlyList<CallDocument> Calls { get; } = [.. Employment(), .. CultureSportEnvironment(), .. HealthCityAndSolidarity()];

    private static CallBuilder New(string slug, string title, string summary, string description) =>
        CallBuilder.Call(title).Slug(slug).Summary(summary).Description(description).AidType("subvention", "Subvention").CallForProjects();

    private static DateOnly Day(int offset) => TestIndex.Day(offset);

    private static CallBuilder Somme(this CallBuilder call) => call.Territory("dep:80", "Somme", "reg:32", "nat:FR");

    private static CallBuilder Nord(this CallBuilder call) => call.Territory("dep:59", "Nord", "reg:32", "nat:FR");

    private static CallBuilder Region(this CallBuilder call) => call.Territory("reg:32", "Hauts-de-France", "nat:FR");

    private static CallBuilder AmiensMetropole(this CallBuilder call) => call.Territory("epci:248000531", "Amiens Métropole", "dep:80", "reg:32", "nat:FR");

    private static CallBuilder Lille(this CallBuilder call) => call.Territory("com:59350", "Lille", "epci:200093201", "dep:59", "reg:32", "nat:FR");

    private static CallBuilder Association(this CallBuilder call) => call.Beneficiary("association", "Association");

    private static CallBuilder Commune(this CallBuilder call) => call.Beneficiary("commune", "Commune");

    private static CallBuilder Epci(this CallBuilder call) => call.Beneficiary("epci", "Intercommunalité");

    private static CallBuilder Company(this CallBuilder call) => call.Beneficiary("entreprise", "Entreprise");

    private static CallBuilder Farmer(this CallBuilder call) => call.Beneficiary("agriculteur", "Agriculteur");

    private static class F
    {
        public static readonly (string Value, string Label) RegionHdf = ("region-hdf", "Région Hauts-de-France");
        public static readonly (string Value, string Label) Somme = ("departement-somme", "Département de la Somme");
        public static readonly (string Value, string Label) Nord = ("departement-nord", "Département du Nord");
        public static readonly (string Value, string Label) FondationDeFrance = ("fondation-de-france", "Fondation de France");
        public static readonly (string Value, string Label) Anct = ("anct", "Agence nationale de la cohésion des territoires (ANCT)");
        public static readonly (string Value, string Label) BanqueDesTerritoires = ("banque-des-territoires", "Banque des Territoires");
        public static readonly (string Value, string Label) CafSomme = ("caf-somme", "CAF de la Somme");
        public static readonly (string Value, string Label) Dreets = ("dreets-hdf", "DREETS Hauts-de-France");
        public static readonly (string Value, string Label) Ademe = ("ademe", "ADEME");
        public static readonly (string Value, string Label) Ars = ("ars-hdf", "ARS Hauts-de-France");
        public static readonly (string Value, string Label) Drac = ("drac-hdf", "DRAC Hauts-de-France");
        public static readonly (string Value, string Label) Sport = ("ans", "Agence nationale du Sport");
        public static readonly (string Value, string Label) AmiensMetropole = ("amiens-metropole", "Amiens Métropole");
        public static readonly (string Value, string Label) FranceActive = ("france-active", "France Active");
        public static readonly (string Value, string Label) FondationOrange = ("fondation-orange", "Fondation Orange");
        public static readonly (string Value, string Label) Msa = ("msa-picardie", "MSA de Picardie");
        public static readonly (string Value, string Label) Agriculture = ("ministere-agriculture", "Ministère de l'Agriculture et de la Souveraineté alimentaire");
        public static readonly (string Value, string Label) Lille = ("ville-lille", "Ville de Lille");
        public static readonly (string Value, string Label) AgenceEau = ("agence-eau-ap", "Agence de l'eau Artois-Picardie");
        public static readonly (string Value, string Label) Etat = ("etat", "État – Préfecture de région");
        public static readonly (string Value, string Label) Europe = ("union-europeenne", "Union européenne (FSE+ et FEADER)");
        public static readonly (string Value, string Label) Cnsa = ("cnsa", "Caisse nationale de solidarité pour l'autonomie");
        public static readonly (string Value, string Label) Agefiph = ("agefiph", "Agefiph");
        public static readonly (string Value, string Label) ActionLogement = ("action-logement", "Action Logement");
        public static readonly (string Value, string Label) Carsat = ("carsat-nord-picardie", "Carsat Nord-Picardie");
        public static readonly (string Value, string Label) Patrimoine = ("fondation-du-patrimoine", "Fondation du patrimoine");
    }

    private static class T
    {
        public static readonly (string Value, string Label) Emploi = ("emploi", "Emploi et insertion");
        public static readonly (string Value, string Label) Jeunesse = ("jeunesse", "Jeunesse");
        public static readonly (string Value, string Label) Ess = ("ess", "Économie sociale et solidaire");
        public static readonly (string Value, string Label) Culture = ("culture", "Culture et patrimoine");
        public static readonly (string Value, string Label) Sport = ("sport", "Sport");
        public static readonly (string Value, string Label) Environnement = ("environnement", "Environnement et transition écologique");
        public static readonly (string Value, string Label) Numerique = ("numerique", "Numérique");
        public static readonly (string Value, string Label) Sante = ("sante", "Santé");
        public static readonly (string Value, string Label) Ville = ("politique-ville", "Politique de la ville");
        public static readonly (string Value, string Label) Agriculture = ("agriculture", "Agriculture et alimentation");
        public static readonly (string Value, string Label) Solidarite = ("solidarite", "Solidarités et lutte contre la pauvreté");
        public static readonly (string Value, string Label) Mobilite = ("mobilite", "Mobilité");
        public static readonly (string Value, string Label) Logement = ("logement", "Logement");
        public static readonly (string Value, string Label) Education = ("education", "Éducation");
        public static readonly (string Value, string Label) Famille = ("famille", "Famille et petite enfance");
        public static readonly (string Value, string Label) Handicap = ("handicap", "Handicap");
        public static readonly (string Value, string Label) Seniors = ("seniors", "Personnes âgées");
        public static readonly (string Value, string Label) Energie = ("energie", "Énergie");
        public static readonly (string Value, string Label) Eau = ("eau", "Eau et biodiversité");
        public static readonly (string Value, string Label) Revitalisation = ("revitalisation", "Revitalisation des centres-bourgs");
        public static readonly (string Value, string Label) VieAssociative = ("vie-associative", "Vie associative");
        public static readonly (string Value, string Label) Tourisme = ("tourisme", "Tourisme");
    }

    private static CallBuilder By(this CallBuilder call, params (string Value, string Label)[] funders)
    {
        foreach (var (value, label) in funders) call.Funder(value, label);
        return call;
    }

    private static CallBuilder About(this CallBuilder call, params (string Value, string Label)[] themes)
    {
        foreach (var (value, label) in themes) call.Theme(value, label);
        return call;
    }
}
