namespace Plateforme.Lending.Receipts;

/// <summary>What a moderator enters for an issuer; property names key the French refusals.</summary>
public sealed record ReceiptIssuerDraft(
    string IssuerKey, bool Eligible, string Name, string Address, string Purpose, string Kind, string SignerName, string SignerRole);
