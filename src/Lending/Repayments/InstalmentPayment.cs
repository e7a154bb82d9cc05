namespace Plateforme.Lending.Repayments;

/// <summary>The part of a repayment applied to one instalment.</summary>
public sealed record InstalmentPayment(int Number, long AmountCents);
