using System.Text;
using Plateforme.Web.Calls.Calendar;
using Plateforme.Web.Calls.Display;

namespace Plateforme.Web.Tests.Components;

public sealed class SnippetAndCalendarTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Uri Page = new("https://plateforme.example/appels/aap-insertion-jeunes-somme-2027");

    [Fact]
    public void A_snippet_keeps_only_its_marks()
    {
        var html = SnippetMarkup.Render("l'<mark>insertion</mark> <b>gras</b> <mark>jeunes").Value;

        Assert.Equal("l&#39;<mark>insertion</mark> &lt;b&gt;gras&lt;/b&gt; <mark>jeunes</mark>", html);
    }

    [Fact]
    public void An_all_day_deadline_becomes_an_event_with_reminders_a_week_and_a_day_before()
    {
        var ics = DeadlineCalendar.Build(new CallBuilder().With(c => c with { Deadline = new DateOnly(2027, 1, 15) }).Build(), Page, Now)!;

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTART;VALUE=DATE:20270115\r\nDTEND;VALUE=DATE:20270116\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTAMP:20261123T090000Z\r\n", ics, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(ics, "BEGIN:VALARM"));
        Assert.Contains("TRIGGER:-P7D", ics, StringComparison.Ordinal);
        Assert.Contains("TRIGGER:-P1D", ics, StringComparison.Ordinal);
        Assert.Contains("UID:7d4c9a52-1e44-4a55-9a31-0d3a7e0f6b21-date-limite@plateforme", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_hour_in_Paris_is_written_in_UTC()
    {
        var winter = DeadlineCalendar.Build(new CallBuilder().With(c => c with { Deadline = new DateOnly(2027, 1, 15), DeadlineTime = new TimeOnly(17, 0) }).Build(), Page, Now)!;
        var summer = DeadlineCalendar.Build(new CallBuilder().With(c => c with { Deadline = new DateOnly(2027, 6, 15), DeadlineTime = new TimeOnly(12, 0) }).Build(), Page, Now)!;

        Assert.Contains("DTEND:20270115T160000Z", winter, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20270115T150000Z", winter, StringComparison.Ordinal);
        Assert.Contains("DTEND:20270615T100000Z", summer, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_and_long_lines_are_folded_at_75_octets()
    {
        var call = new CallBuilder().With(c => c with
        {
            Title = "Appel à projets « Été solidaire » ; jeunesse, sport et culture \\ édition spéciale pour les quartiers prioritaires de la ville",
        }).Build();

        var ics = DeadlineCalendar.Build(call, Page, Now)!;

        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Date limite : Appel à projets « Été solidaire » \\; jeunesse\\, sport et culture \\\\ édition", unfolded, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_without_deadline_has_no_calendar_event()
    {
        Assert.Null(DeadlineCalendar.Build(new CallBuilder().With(c => c with { Deadline = null }).Build(), Page, Now));
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
