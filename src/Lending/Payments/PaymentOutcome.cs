namespace Plateforme.Lending.Payments;

public enum PaymentOutcome
{
    Succeeded,

    /// <summary>Started; a confirmation (webhook) will follow.</summary>
    Pending,

    /// <summary>Someone must act (a transfer or a cheque), then a moderator confirms it.</summary>
    ManualActionRequired,
    Failed,
}
