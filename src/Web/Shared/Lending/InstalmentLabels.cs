using Plateforme.Lending.Repayments;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Lending;

/// <summary>How the lending pages (carriers' dashboards, moderators' screens) name an instalment's status of the day.</summary>
public static class InstalmentLabels
{
    public static string Label(InstalmentStatus status) => status switch
    {
        InstalmentStatus.Upcoming => LendingModerationText.InstalmentUpcoming,
        InstalmentStatus.PartiallyPaid => LendingModerationText.InstalmentPartiallyPaid,
        InstalmentStatus.Due => LendingModerationText.InstalmentDue,
        InstalmentStatus.Late => LendingModerationText.InstalmentLate,
        InstalmentStatus.Paid => LendingModerationText.InstalmentPaid,
        _ => status.ToString(),
    };
}
