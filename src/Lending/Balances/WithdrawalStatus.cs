namespace Plateforme.Lending.Balances;

public enum WithdrawalStatus
{
    /// <summary>Taken from the balance, waiting for a moderator's transfer.</summary>
    Requested,

    /// <summary>A moderator made the transfer.</summary>
    Paid,
}
