using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Pledges;

namespace Plateforme.Lending.Portfolios;

/// <summary>
/// One loan of a lender, in cents: received so far from repayments (the ledger's allocations to this pledge),
/// outstanding (lent and not yet received back), lost (written off in a declared default) and the part of the next
/// open instalment coming to this lender.
/// </summary>
public sealed record LoanPosition(
    Pledge Pledge, Campaign Campaign, long ReceivedCents, long OutstandingCents, long LostCents, ProjectedPayment? Next, bool CanWithdraw);
