namespace Plateforme.Lending.Pledges;

/// <summary>Where a pledge's money comes from.</summary>
public enum PledgeFunding
{
    /// <summary>Paid through the payment provider (offline: transfer or cheque confirmed by a moderator).</summary>
    Payment,

    /// <summary>Re-lent from the lender's balance of repayments: collected at once.</summary>
    Balance,
}
