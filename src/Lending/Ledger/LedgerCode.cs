namespace Plateforme.Lending.Ledger;

/// <summary>Why a ledger transaction exists.</summary>
public enum LedgerCode
{
    /// <summary>A lender's loan money received (cash → campaign).</summary>
    PledgeCollected,

    /// <summary>A donor's money received (cash → campaign).</summary>
    DonationCollected,

    /// <summary>A loan taken from the lender's balance (balance → campaign).</summary>
    Relend,

    /// <summary>Collected money paid out to the carrier; the loan becomes a receivable owed to the lenders.</summary>
    Disbursement,

    /// <summary>Money received from the carrier (cash ← receivable).</summary>
    Repayment,

    /// <summary>A repayment shared among the lenders' balances.</summary>
    Allocation,

    /// <summary>A lender asked for their balance (balance → withdrawals in progress).</summary>
    WithdrawalRequested,

    /// <summary>A moderator made the transfer (withdrawals in progress → cash).</summary>
    WithdrawalPaid,

    /// <summary>Collected money returned (campaign → cash, or → the lender's balance for re-lent money).</summary>
    Refund,

    /// <summary>Remaining principal of a defaulted loan written off; lenders bear the loss.</summary>
    WriteOff,
}
