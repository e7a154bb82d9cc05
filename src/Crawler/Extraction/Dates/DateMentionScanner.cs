using System.Globalization;
using System.Text.RegularExpressions;
using Plateforme.Search.Indexing;

namespace Plateforme.Crawler.Extraction.Dates;

/// <summary>
/// Finds every date written in a folded text (see <see cref="FrenchText.FoldKeepingLength"/>): "1er décembre 2020",
/// "15/01/2026", "2026-01-15T17:00:00+01:00", "20230112", "au 31/12", each with the time written next to it.
/// </summary>
internal static partial class DateMentionScanner
{
    private const string Weekdays = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

    public static List<DateMention> Scan(string folded, NumericDateOrder order)
    {
        var candidates = new List<(DateMention Mention, int Priority)>();
        foreach (Match m in IsoDate().Matches(folded)) Add(candidates, FromIso(folded, m), 0);
        foreach (Match m in NumericDate().Matches(folded)) Add(candidates, FromNumeric(folded, m, order), 1);
        foreach (Match m in CompactDate().Matches(folded))
        {
            Add(candidates, Mention(folded, m, Int(m, "d"), Int(m, "m"), Int(m, "y")), 2);
        }
        foreach (Match m in TextualDate().Matches(folded))
        {
            var year = m.Groups["y"].Success ? Int(m, "y") : (int?)null;
            Add(candidates, Mention(folded, m, Int(m, "d"), FrenchMonths.NumberOf(m.Groups["m"].Value), year), 3);
        }
        foreach (Match m in DayMonth().Matches(folded))
        {
            var (day, month) = order == NumericDateOrder.MonthFirst ? (Int(m, "m"), Int(m, "d")) : (Int(m, "d"), Int(m, "m"));
            Add(candidates, Mention(folded, m, day, month, null), 4);
        }

        foreach (Match m in RangeStartDay().Matches(folded))
        {
            Add(candidates, Mention(folded, m, Int(m, "d"), FrenchMonths.NumberOf(m.Groups["m"].Value), null), 5);
        }

        var mentions = new List<DateMention>();
        foreach (var (mention, _) in candidates.OrderBy(c => c.Mention.Start).ThenBy(c => c.Priority))
        {
            if (mentions.Count > 0 && mention.Start < mentions[^1].End) continue;
            mentions.Add(mention);
        }
        return mentions;
    }

    private static void Add(List<(DateMention, int)> candidates, DateMention? mention, int priority)
    {
        if (mention is not null) candidates.Add((mention, priority));
    }

    private static DateMention? FromNumeric(string folded, Match m, NumericDateOrder order)
    {
        var (day, month) = order == NumericDateOrder.MonthFirst ? (Int(m, "b"), Int(m, "a")) : (Int(m, "a"), Int(m, "b"));
        var year = Int(m, "y");
        if (year < 100) year += 2000;
        return Mention(folded, m, day, month, year);
    }

    private static DateMention? FromIso(string folded, Match m)
    {
        var (year, month, day) = (Int(m, "y"), Int(m, "m"), Int(m, "d"));
        if (!IsValid(year, month, day)) return null;
        if (!m.Groups["hh"].Success) return Mention(folded, m, day, month, year);

        var (hour, minute) = (Int(m, "hh"), Int(m, "mi"));
        if (hour > 23 || minute > 59) return Mention(folded, m, day, month, year);
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        if (m.Groups["tz"].Success)
        {
            var offset = ParseOffset(m.Groups["tz"].Value);
            local = TimeZoneInfo.ConvertTime(new DateTimeOffset(local, offset), ParisTime.Zone).DateTime;
        }
        // A midnight timestamp is how feeds write a bare date, not a deadline at 00:00.
        TimeOnly? time = local.TimeOfDay == TimeSpan.Zero ? null : TimeOnly.FromDateTime(local);
        return new DateMention(m.Index, m.Index + m.Length, local.Day, local.Month, local.Year, time);
    }

    /// <summary>"+02:00", "+ 02: 00", "-0500", "z"; whatever stands between the sign and the four digits is ignored.</summary>
    private static TimeSpan ParseOffset(string text)
    {
        var digits = text.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length != 4) return TimeSpan.Zero;
        var (hours, minutes) = (digits[0] * 10 + digits[1], digits[2] * 10 + digits[3]);
        // Real offsets stay within ±14:00; anything else is noise, read as UTC rather than thrown at.
        if (hours > 14 || minutes > 59) return TimeSpan.Zero;
        var sign = text.Contains('-', StringComparison.Ordinal) ? -1 : 1;
        return sign * new TimeSpan(hours, minutes, 0);
    }

    private static DateMention? Mention(string folded, Match m, int day, int month, int? year)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31) return null;
        if (year is { } y && !IsValid(y, month, day)) return null;
        if (year is null && day > DateTime.DaysInMonth(2024, month)) return null;

        var end = m.Index + m.Length;
        var time = TimeAfter(folded, end, out var timeEnd) ?? TimeBefore(folded, m.Index);
        return new DateMention(m.Index, Math.Max(end, timeEnd), day, month, year, time);
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static TimeOnly? TimeAfter(string folded, int at, out int end)
    {
        end = at;
        var m = TimeTail().Match(folded, at);
        if (!m.Success) return null;
        end = m.Index + m.Length;
        return TimeOf(m);
    }

    private static TimeOnly? TimeBefore(string folded, int at)
    {
        var from = Math.Max(0, at - 40);
        var m = TimeHead().Match(folded[from..at]);
        return m.Success ? TimeOf(m) : null;
    }

    private static TimeOnly? TimeOf(Match m)
    {
        if (m.Groups["midi"].Success) return new TimeOnly(12, 0);
        if (m.Groups["minuit"].Success) return new TimeOnly(23, 59);
        // "Au soir" means the whole day, which a deadline without time already says.
        if (m.Groups["soir"].Success) return null;
        var hour = Int(m, "h");
        var minute = m.Groups["mi"].Success ? Int(m, "mi") : 0;
        return hour <= 23 && minute <= 59 ? new TimeOnly(hour, minute) : null;
    }

    /// <summary>A matched number; 0 (never a valid day, month or year) if it is not plain ASCII digits.</summary>
    private static int Int(Match m, string group) =>
        int.TryParse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    [GeneratedRegex(@"(?<![\w])(?<y>(?:19|20)\d{2})(?<s>[\-/])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?:[t ]\s*(?<hh>\d{1,2})\s*:\s*(?<mi>\d{2})(?:\s*:\s*\d{2}(?:\.\d+)?)?(?<tz>\s*z|\s*[+\-]\s*\d{2}\s*:?\s*\d{2})?)?(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\w/.\-])(?<a>\d{1,2})(?<s>[/.\-])(?<b>\d{1,2})\k<s>(?<y>\d{4}|\d{2})(?!\d|[/.\-]\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\w])(?<y>(?:19|20)\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?!\d)")]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"(?<![\w])(?<d>[0-3]?\d)\s?(?:er|eme|e|°)?\s+(?:de\s+)?(?<m>" + FrenchMonths.Pattern + @")(?![a-z])\.?(?:\s*,?\s*(?<y>(?:19|20)\d{2})(?!\d))?")]
    private static partial Regex TextualDate();

    [GeneratedRegex(@"(?<=(?:\bau|\ble|\bdu|\bjusqu'au)\s+)(?<d>\d{1,2})/(?<m>\d{1,2})(?![\d/])")]
    private static partial Regex DayMonth();

    /// <summary>"du 1er au 15 avril", "entre le 1er et le 30 avril": the first day borrows the month of the second.</summary>
    [GeneratedRegex(@"(?<=(?:\bdu|\bentre le|\bentre)\s+)(?<d>[0-3]?\d)(?:\s?(?:er|e))?(?=\s+(?:au|et le|et|-)\s+(?:le\s+)?[0-3]?\d\s?(?:er|e)?\s+(?<m>" + FrenchMonths.Pattern + @")(?![a-z]))")]
    private static partial Regex RangeStartDay();

    [GeneratedRegex(@"\G\s*[,(]?\s*(?:-\s*)?(?:(?:a|avant|jusqu'a|au plus tard a|des|pour)\s+)?(?:(?<h>[0-2]?\d)\s*(?:heures?|h)\s*(?<mi>[0-5]\d)?(?!\d)|(?<h>[0-2]?\d):(?<mi>[0-5]\d)(?!\d)|(?<midi>midi)|(?<minuit>minuit)|(?<soir>au soir|le soir|en fin de journee))")]
    private static partial Regex TimeTail();

    [GeneratedRegex(@"(?:^|\s)(?:a|avant|jusqu'a|des)?\s*(?<h>[0-2]?\d)\s*(?:heures?|h)\s*(?<mi>[0-5]\d)?\s*,?\s*(?:le\s+)?(?:(?:" + Weekdays + @")\s+)?$")]
    private static partial Regex TimeHead();
}
