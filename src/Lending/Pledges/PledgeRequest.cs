namespace Plateforme.Lending.Pledges;

/// <summary>
/// A pledge as a lender or donor submits it. Loans need the lender's name and postal address (they go in the
/// contract). <see cref="PledgeFunding.Balance"/> re-lends from the lender's balance. Errors are keyed by these names.
/// </summary>
public sealed record PledgeRequest(
    Guid CampaignId,
    string LenderUserId,
    PledgeKind Kind,
    long AmountCents,
    string? LenderName = null,
    string? AddressLine = null,
    string? PostalCode = null,
    string? City = null,
    bool Anonymous = false,
    string? Message = null,
    PledgeFunding Funding = PledgeFunding.Payment);
