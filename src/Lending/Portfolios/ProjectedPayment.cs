namespace Plateforme.Lending.Portfolios;

/// <summary>What one lender receives from one instalment of the carrier's schedule, in cents.</summary>
public sealed record ProjectedPayment(int Number, DateOnly DueDate, long AmountCents);
