namespace Plateforme.Lending.Repayments;

/// <summary>A lender's part of one repayment, credited to their balance.</summary>
public sealed record LenderAllocation(Guid PledgeId, string LenderUserId, long AmountCents);
