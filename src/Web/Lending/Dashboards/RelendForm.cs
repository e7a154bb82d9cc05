namespace Plateforme.Web.Lending.Dashboards;

/// <summary>A loan funded from the lender's balance, as posted; name and address go in the new contract.</summary>
public sealed class RelendForm
{
    public Guid? CampaignId { get; set; }

    public string Amount { get; set; } = "";

    public string LenderName { get; set; } = "";

    public string AddressLine { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string City { get; set; } = "";
}
