namespace Plateforme.Search.Reference;

/// <summary>Slugs of <see cref="ReferenceLists.AidTypes"/>.</summary>
public static class AidTypeSlugs
{
    public const string Grant = "subvention";
    public const string Loan = "pret";
    public const string RepayableAdvance = "avance-recuperable";
    public const string EnergySavingCertificates = "cee";
    public const string OtherFinancialAid = "autre-aide-financiere";
    public const string TechnicalEngineering = "ingenierie-technique";
    public const string FinancialEngineering = "ingenierie-financiere";
    public const string LegalEngineering = "ingenierie-juridique";
}
