using System.Globalization;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Calls.Calendar;

/// <summary>
/// The calendar of a call with several windows or a pre-deposit date: one event per window still to come (and the
/// past ones, so a calendar that imported the file before keeps them), one for the pre-deposit, each with the same
/// reminders as a single deadline. A call with one window and no pre-deposit keeps <see cref="DeadlineCalendar"/>'s file.
/// </summary>
public static class WindowsCalendar
{
    public static string? Build(FundingCall call, CallDocument document, Uri pageUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var windows = call.ClosedOn is null ? CallWindows.Of(call) : [.. call.Windows];
        if (windows.Count <= 1 && call.PreDepositOn is null) return DeadlineCalendar.Build(document, pageUrl, now);

        var ics = new IcsWriter().CalendarStart();
        var funders = string.Join(", ", document.Funders.Select(f => f.Label));
        if (call.PreDepositOn is { } preDeposit)
        {
            ics.DeadlineEventStart($"{call.Id:D}-pre-depot@plateforme", preDeposit, null, now);
            Texts(ics, string.Format(FrenchFormat.Culture, CallsTrueText.IcsPreDepositSummary, call.Title),
                string.Format(FrenchFormat.Culture, CallsTrueText.IcsPreDepositDescription, FrenchFormat.Date(preDeposit)), funders, pageUrl, call.Title);
        }

        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            var number = windows.Count > 1 ? i + 1 : 0;
            ics.DeadlineEventStart($"{call.Id:D}-{window.ClosesOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-date-limite@plateforme", window.ClosesOn, window.ClosesAt, now);
            var summary = number > 0
                ? string.Format(FrenchFormat.Culture, CallsTrueText.IcsWindowSummary, number, call.Title)
                : string.Format(FrenchFormat.Culture, UiText.IcsSummary, call.Title);
            Texts(ics, summary, string.Format(FrenchFormat.Culture, UiText.IcsDescriptionDeadline, FrenchFormat.Deadline(window.ClosesOn, window.ClosesAt)), funders, pageUrl, call.Title);
        }

        return ics.Line("END", "VCALENDAR").ToString();
    }

    private static void Texts(IcsWriter ics, string summary, string what, string funders, Uri pageUrl, string title)
    {
        var description = string.Join('\n',
            what,
            string.Format(FrenchFormat.Culture, UiText.IcsDescriptionFunders, funders),
            string.Format(FrenchFormat.Culture, UiText.IcsDescriptionLink, pageUrl.AbsoluteUri));
        ics.Text("SUMMARY", summary)
            .Text("DESCRIPTION", description)
            .Line("URL", pageUrl.AbsoluteUri)
            .Line("TRANSP", "TRANSPARENT")
            .Line("STATUS", "CONFIRMED");
        foreach (var before in DeadlineCalendar.Reminders)
        {
            ics.Line("BEGIN", "VALARM")
                .Line("ACTION", "DISPLAY")
                .Line("TRIGGER", string.Create(CultureInfo.InvariantCulture, $"-P{before.Days}D"))
                .Text("DESCRIPTION", string.Format(FrenchFormat.Culture, before.Days == 1 ? UiText.IcsReminderOne : UiText.IcsReminderMany, before.Days, title))
                .Line("END", "VALARM");
        }
        ics.Line("END", "VEVENT");
    }
}
