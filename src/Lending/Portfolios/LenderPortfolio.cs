using Plateforme.Lending.Balances;

namespace Plateforme.Lending.Portfolios;

/// <summary>
/// Everything a lender's dashboard shows, in cents. <see cref="ReceivedCents"/> and <see cref="BalanceCents"/> are
/// sums of the ledger; <see cref="OutstandingCents"/> is the sum of the loans' outstanding amounts.
/// </summary>
public sealed record LenderPortfolio(
    IReadOnlyList<LoanPosition> Loans,
    IReadOnlyList<DonationPosition> Donations,
    IReadOnlyList<WithdrawalRequest> Withdrawals,
    long BalanceCents,
    long ReceivedCents,
    long OutstandingCents,
    long LostCents);
