using Plateforme.Lending.Campaigns;

namespace Plateforme.Lending.Receipts;

/// <summary>Who issues a campaign's receipts: its organisation, or its carrier (a person) when it has none.</summary>
public static class ReceiptIssuerKeys
{
    public static string Of(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return Of(campaign.OrganisationId, campaign.CarrierUserId);
    }

    public static string Of(string? organisationId, string carrierUserId) =>
        string.IsNullOrWhiteSpace(organisationId) ? "user:" + carrierUserId : "org:" + organisationId;
}
