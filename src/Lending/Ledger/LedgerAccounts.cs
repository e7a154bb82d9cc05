namespace Plateforme.Lending.Ledger;

/// <summary>Account names. Kinds are the part before the first colon.</summary>
public static class LedgerAccounts
{
    /// <summary>Money held for users at the payment institution (asset).</summary>
    public const string Cash = "cash";

    /// <summary>Lenders' money on its way out by transfer (liability).</summary>
    public const string WithdrawalsInProgress = "withdrawals";

    public const string LenderPrefix = "lender:";
    public const string CampaignPrefix = "campaign:";
    public const string LoanPrefix = "loan:";
    public const string ClaimPrefix = "claim:";

    /// <summary>A lender's balance of repayments (liability).</summary>
    public static string Lender(string userId) => LenderPrefix + userId;

    /// <summary>Money collected for a campaign, not yet disbursed or refunded (liability).</summary>
    public static string Campaign(Guid campaignId) => CampaignPrefix + campaignId.ToString("N");

    /// <summary>What the carrier still owes (asset held for the lenders).</summary>
    public static string Loan(Guid campaignId) => LoanPrefix + campaignId.ToString("N");

    /// <summary>The lenders' claim on that loan (liability), moved to their balances as repayments arrive.</summary>
    public static string Claim(Guid campaignId) => ClaimPrefix + campaignId.ToString("N");
}
