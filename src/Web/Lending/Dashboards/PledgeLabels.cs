using Plateforme.Lending.Pledges;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Lending.Dashboards;

/// <summary>How the dashboards name a pledge's status.</summary>
public static class PledgeLabels
{
    public static string Status(PledgeStatus status) => status switch
    {
        PledgeStatus.Pending => LendingDashboardText.PledgePending,
        PledgeStatus.Collected => LendingDashboardText.PledgeCollected,
        PledgeStatus.Withdrawn => LendingDashboardText.PledgeWithdrawn,
        PledgeStatus.Cancelled => LendingDashboardText.PledgeCancelled,
        PledgeStatus.Refunded => LendingDashboardText.PledgeRefunded,
        _ => status.ToString(),
    };
}
