namespace Plateforme.Web.Lending.Receipts;

/// <summary>The moderators' form of an issuer's mentions; property names match <see cref="Plateforme.Lending.Receipts.ReceiptIssuerDraft"/>.</summary>
public sealed class ReceiptIssuerForm
{
    public string? IssuerKey { get; set; }
    public bool Eligible { get; set; }
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Purpose { get; set; }
    public string? Kind { get; set; }
    public string? SignerName { get; set; }
    public string? SignerRole { get; set; }
}
