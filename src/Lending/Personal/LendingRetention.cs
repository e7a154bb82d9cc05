using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Pledges;

namespace Plateforme.Lending.Personal;

/// <summary>
/// The written retention policy (docs/retention.md) as code: which records stop an account's deletion, and what
/// replaces a deleted person's identity. Contracts and the ledger stay for their legal periods, amounts untouched.
/// </summary>
public static class LendingRetention
{
    /// <summary>Accounting records (the ledger, repayments, withdrawals): Code de commerce, art. L123-22.</summary>
    public const int LedgerYears = 10;

    /// <summary>Loan contracts (pledges and their terms): civil limitation period, Code civil, art. 2224.</summary>
    public const int ContractYears = 5;

    /// <summary>What replaces a deleted person's opaque id once the contracts' period has run out (<see cref="LendingRetentionPurge"/>).</summary>
    public const string PurgedUserId = "purged";

    /// <summary>
    /// A campaign still binds its carrier to lenders, or still may take or return their money: its carrier cannot
    /// leave, nor can a lender whose money is in it.
    /// </summary>
    public static bool IsRunning(CampaignState state) =>
        state is CampaignState.Submitted or CampaignState.Published or CampaignState.Funded or CampaignState.Disbursed or CampaignState.Repaying;

    /// <summary>A pledge whose money is promised or held, not returned nor lost.</summary>
    public static bool IsOutstanding(PledgeStatus status) => status is PledgeStatus.Pending or PledgeStatus.Collected;
}
