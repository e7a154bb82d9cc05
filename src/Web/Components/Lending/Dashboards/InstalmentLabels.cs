using Plateforme.Lending.Repayments;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Components.Lending.Dashboards;

/// <summary>How the dashboards name an instalment's status of the day.</summary>
public static class InstalmentLabels
{
    public static string Status(InstalmentStatus status) => status switch
    {
        InstalmentStatus.Upcoming => LendingDashboardText.InstalmentUpcoming,
        InstalmentStatus.PartiallyPaid => LendingDashboardText.InstalmentPartiallyPaid,
        InstalmentStatus.Due => LendingDashboardText.InstalmentDue,
        InstalmentStatus.Late => LendingDashboardText.InstalmentLate,
        InstalmentStatus.Paid => LendingDashboardText.InstalmentPaid,
        _ => status.ToString(),
    };
}
