namespace Plateforme.Lending.Payments;

/// <summary>How money a moderator confirms was received.</summary>
public enum PaymentMethod
{
    Transfer,
    Cheque,
    Card,
    DirectDebit,
}
