using System.ComponentModel.DataAnnotations;
using Plateforme.Lending.Payments.Stripe;

namespace Plateforme.Lending.Payments;

/// <summary>The <c>Lending:Payments</c> section: which provider moves the money, and Stripe's settings when it is Stripe.</summary>
public sealed class PaymentsOptions : IValidatableObject
{
    public const string SectionName = "Lending:Payments";

    public PaymentProviderKind Provider { get; set; } = PaymentProviderKind.Offline;

    public StripeOptions Stripe { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != PaymentProviderKind.Stripe) yield break;
        if (string.IsNullOrWhiteSpace(Stripe.SecretKey)) yield return new ValidationResult("Lending:Payments:Stripe:SecretKey is required with the Stripe provider.");
        if (string.IsNullOrWhiteSpace(Stripe.WebhookSecret)) yield return new ValidationResult("Lending:Payments:Stripe:WebhookSecret is required with the Stripe provider.");
        if (!Uri.TryCreate(Stripe.ApiBase, UriKind.Absolute, out _)) yield return new ValidationResult("Lending:Payments:Stripe:ApiBase must be an absolute address.");
        if (Stripe.ConnectAccountType is not ("express" or "standard")) yield return new ValidationResult("Lending:Payments:Stripe:ConnectAccountType is express or standard.");
        if (!Uri.TryCreate(Stripe.ReturnBaseAddress, UriKind.Absolute, out _)) yield return new ValidationResult("Lending:Payments:Stripe:ReturnBaseAddress must be an absolute address.");
    }
}
