using System.Globalization;
using Plateforme.Lending.Money;
using Plateforme.Lending.Repayments;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Lending.Dashboards;

/// <summary>
/// « vous recevrez X € par mois pendant N mois » for an amount lent, by the schedule's own rule
/// (<see cref="RepaymentSchedule.Build"/>): the amount divided by the term, the remainder cents one each on the
/// first months. Other lenders' shares may move a month's part by a cent; the total is exact.
/// </summary>
public static class MonthlyAmountLine
{
    private static readonly CultureInfo French = FrenchFormat.Culture;

    public static string For(long amountCents, int termMonths)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountCents);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(termMonths);
        var months = RepaymentSchedule.Build(amountCents, termMonths, 0, DateOnly.MinValue);
        var usual = months[^1].AmountCents;
        var withExtraCent = months.Count(m => m.AmountCents != usual);
        return withExtraCent == 0
            ? string.Format(French, LendingDashboardText.MonthlyEven, Cents.Format(usual), termMonths)
            : string.Format(French, LendingDashboardText.MonthlyUneven, Cents.Format(usual), termMonths, Cents.Format(usual + 1), withExtraCent);
    }
}
