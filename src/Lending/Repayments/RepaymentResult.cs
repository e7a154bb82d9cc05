namespace Plateforme.Lending.Repayments;

/// <summary>How a repayment was applied to the schedule and shared among the lenders. A replay returns the first result.</summary>
public sealed record RepaymentResult(Repayment Repayment, IReadOnlyList<InstalmentPayment> Instalments, IReadOnlyList<LenderAllocation> Allocations, bool Replayed);
