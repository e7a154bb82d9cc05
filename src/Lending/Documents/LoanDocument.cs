using Plateforme.Lending.Portfolios;

namespace Plateforme.Lending.Documents;

/// <summary>
/// The terms of one loan for its contract and summary sheet: the lender as the pledge recorded them, the campaign,
/// and what the lender receives month by month (summing exactly to <see cref="AmountCents"/>). Before the payout
/// the schedule is <see cref="Provisional"/>: dates count from the end date and the lenders may still change.
/// </summary>
public sealed record LoanDocument(
    Guid PledgeId,
    string LenderUserId,
    string LenderName,
    string AddressLine,
    string PostalCode,
    string City,
    Guid CampaignId,
    string CampaignTitle,
    string CarrierUserId,
    long AmountCents,
    int TermMonths,
    int GraceMonths,
    DateOnly PledgedOn,
    DateOnly? DisbursedOn,
    bool Provisional,
    IReadOnlyList<ProjectedPayment> Schedule)
{
    /// <summary>The carrier's display name, which the accounts module knows; set by the page.</summary>
    public string CarrierName { get; init; } = "";
}
