namespace Plateforme.Web.Lending.Payments;

/// <summary>Addresses of the online payments' pages and forms.</summary>
public static class PaymentPaths
{
    public const string ReceiveFundsPattern = "/prets/mes-campagnes/{campaignId:guid}/recevoir-les-fonds";
    public const string MandatePattern = "/prets/mes-campagnes/{campaignId:guid}/mandat-sepa";
    public const string PayPledgePattern = "/prets/paiement/{pledgeId:guid}";
    public const string Moderation = Plateforme.Web.Shared.Navigation.LendingPaths.OnlinePayments;

    public static string ReceiveFunds(Guid campaignId) => $"/prets/mes-campagnes/{campaignId}/recevoir-les-fonds";

    public static string Mandate(Guid campaignId) => $"/prets/mes-campagnes/{campaignId}/mandat-sepa";

    public static string PayPledge(Guid pledgeId) => $"/prets/paiement/{pledgeId}";

    public static string Dashboard(Guid campaignId, string query) => $"/prets/mes-campagnes/{campaignId}?{query}";

    public static string CampaignNotice(Guid campaignId, string state) => $"/prets/{campaignId}?paiement={state}";
}
