using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Money;
using Plateforme.Lending.Repayments;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Lending.Campaigns;

/// <summary>
/// What an amount lent (or borrowed) becomes month by month, by the schedule's own rule
/// (<see cref="RepaymentSchedule.Build"/>), dated as « Mes prêts » dates a provisional schedule: as if the funds were
/// paid out on the campaign's end date. The remainder cents go one each to the first months.
/// </summary>
public sealed record RepaymentPreview(long UsualCents, int MonthsWithExtraCent, DateOnly FirstDue, DateOnly LastDue, int TermMonths)
{
    public static RepaymentPreview For(long amountCents, int termMonths, int graceMonths, DateOnly startOn)
    {
        var months = RepaymentSchedule.Build(amountCents, termMonths, graceMonths, startOn);
        var usual = months[^1].AmountCents;
        return new(usual, months.Count(m => m.AmountCents != usual), months[0].DueDate, months[^1].DueDate, termMonths);
    }

    public static RepaymentPreview For(long amountCents, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return For(amountCents, campaign.TermMonths, campaign.GraceMonths, campaign.EndDate);
    }

    /// <summary>Whether the schedule rule accepts these inputs (a positive amount and term, no negative grace).</summary>
    public static bool CanPreview(long amountCents, int termMonths, int graceMonths) =>
        amountCents > 0 && termMonths is > 0 and <= 120 && graceMonths is >= 0 and <= 120;

    /// <summary>« Vous recevrez 41,67 € par mois de mars 2027 à février 2029. »</summary>
    public string LenderLine() => Line(LendingPageText.PledgeLiveEven, LendingPageText.PledgeLiveUneven);

    /// <summary>« Vous rembourserez environ 333,34 € par mois de … à … »</summary>
    public string CarrierLine() => Line(LendingPageText.CarrierLiveEven, LendingPageText.CarrierLiveUneven);

    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", FrenchFormat.Culture);

    private string Line(string even, string uneven) => MonthsWithExtraCent == 0
        ? string.Format(FrenchFormat.Culture, even, Cents.Format(UsualCents), Month(FirstDue), Month(LastDue))
        : string.Format(FrenchFormat.Culture, uneven, Cents.Format(UsualCents), Month(FirstDue), Month(LastDue), Cents.Format(UsualCents + 1), MonthsWithExtraCent);
}
