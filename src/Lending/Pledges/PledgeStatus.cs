namespace Plateforme.Lending.Pledges;

public enum PledgeStatus
{
    /// <summary>Recorded, no money received yet (it counts towards the goal).</summary>
    Pending,

    /// <summary>Money received (confirmed by a moderator, or taken from the lender's balance).</summary>
    Collected,

    /// <summary>Withdrawn by its lender before the end date.</summary>
    Withdrawn,

    /// <summary>Never paid: campaign failed or cancelled, or the collection window passed.</summary>
    Cancelled,

    /// <summary>Collected, then returned (failed or cancelled campaign, or withdrawn after paying).</summary>
    Refunded,
}
