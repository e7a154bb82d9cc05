namespace Plateforme.Web.Lending.Dashboards;

/// <summary>Addresses of the dashboards, documents and statistics pages.</summary>
public static class DashboardPaths
{
    public const string Lender = "/prets/mes-prets";
    public const string Statistics = "/prets/statistiques";

    public static string Carrier(Guid campaignId) => $"/prets/mes-campagnes/{campaignId}";

    public static string EditDraft(Guid campaignId) => $"/prets/mes-campagnes/{campaignId}/modifier";

    public static string Contract(Guid pledgeId) => $"/prets/mes-prets/{pledgeId}/contrat";

    public static string Summary(Guid pledgeId) => $"/prets/mes-prets/{pledgeId}/fiche";

    public static string ContractPdf(Guid pledgeId) => $"/prets/mes-prets/{pledgeId}/contrat.pdf";

    public static string SummaryPdf(Guid pledgeId) => $"/prets/mes-prets/{pledgeId}/fiche.pdf";

    public static string Photo(Guid photoId) => $"/prets/photos/{photoId}";
}
