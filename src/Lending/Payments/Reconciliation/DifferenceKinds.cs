namespace Plateforme.Lending.Payments.Reconciliation;

/// <summary>Why Stripe's record and the ledger disagree (the code stored in <c>Detail</c>; the pages say it in French).</summary>
public static class DifferenceKinds
{
    /// <summary>Money moved at Stripe that none of our operations asked for.</summary>
    public const string UnknownAtPlatform = "unknown_at_platform";

    /// <summary>Our operation is known at Stripe, but the ledger has no posting for it.</summary>
    public const string MissingInLedger = "missing_in_ledger";

    /// <summary>Both have it, with different amounts.</summary>
    public const string AmountMismatch = "amount_mismatch";

    /// <summary>The ledger and our operation say it moved; Stripe has no such object that day.</summary>
    public const string MissingAtProvider = "missing_at_provider";

    /// <summary>A balance transaction whose source is not among the charges, refunds and transfers of the day, or of another amount.</summary>
    public const string BalanceUnmatched = "balance_unmatched";
}
