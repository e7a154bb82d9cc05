namespace Plateforme.Lending.Payments;

/// <summary>The provider's answer: what happened, its reference, and for manual steps what the person must do.</summary>
public sealed record PaymentInstruction(PaymentOutcome Outcome, string Reference, string? Instructions = null);
