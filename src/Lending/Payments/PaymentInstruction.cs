namespace Plateforme.Lending.Payments;

/// <summary>
/// The provider's answer: what happened, its reference, for manual steps what the person must do, and for a hosted
/// payment page (Stripe Checkout) where to send the person.
/// </summary>
public sealed record PaymentInstruction(PaymentOutcome Outcome, string Reference, string? Instructions = null, Uri? RedirectUrl = null, string? FailureCode = null);
