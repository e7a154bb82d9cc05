namespace Plateforme.Search.Reference;

/// <summary>Slugs of <see cref="ReferenceLists.Beneficiaries"/>, for code that files calls.</summary>
public static class BeneficiarySlugs
{
    public const string Association = "association";
    public const string Commune = "commune";
    public const string Epci = "epci";
    public const string Departement = "departement";
    public const string Region = "region";
    public const string Individual = "particulier";
    public const string Farmer = "agriculteur";
    public const string PrivateCompany = "entreprise-privee";
    public const string LocalPublicCompany = "entreprise-publique-locale";
    public const string PublicBody = "etablissement-public";
    public const string Researcher = "chercheur";
}
