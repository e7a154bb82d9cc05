using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Extraction.Dates;

/// <summary>
/// Reads the submission dates of a call from French text: a deadline field ("Date limite de dépôt : 21 octobre
/// 2020", "Ouvert jusqu'au 18 décembre à 17h", "Du 1er décembre 2020 au 15 janvier 2021 ou du 1er mars au
/// 15 avril 2021", "Expire le 15/01/2026", "au fil de l'eau") or, more cautiously, a whole page.
/// Never throws: what it cannot read stays empty.
/// </summary>
public static class FrenchDateParser
{
    /// <summary>Parses a field that is about dates: a lone date there is the deadline.</summary>
    public static DateExtraction Parse(string? text, DateParseContext context) => Parse(text, context, pageMode: false);

    /// <summary>
    /// Looks for the dates of the call in a whole page: only dates introduced by a telling word ("date limite",
    /// "clôture", "jusqu'au", "ouverture") count, so the date of a meeting or of the page itself does not.
    /// </summary>
    public static DateExtraction FindInPage(string? pageText, DateParseContext context) => Parse(pageText, context, pageMode: true);

    /// <summary>The first date of an opening field ("Date de lancement : 17 février 2022", "À partir du 1er mars").</summary>
    public static DateOnly? ParseOpening(string? text, DateParseContext context)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var mentions = DateMentionScanner.Scan(FrenchText.FoldKeepingLength(text), context.Order);
        return mentions.Count == 0 ? null : Nearest(mentions[0], context.ReferenceDate);
    }

    private static DateExtraction Parse(string? text, DateParseContext context, bool pageMode)
    {
        if (string.IsNullOrWhiteSpace(text)) return DateExtraction.None;
        var folded = FrenchText.FoldKeepingLength(text);
        var mentions = DateMentionScanner.Scan(folded, context.Order);

        var windows = new List<DateWindow>();
        var openings = new List<DateMention>();
        var unknown = new List<DateMention>();
        var hasDeadlineRole = false;
        var yearlyPlaceholder = false;
        DateRole? previousRole = null;
        DateOnly? preDeposit = null;

        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var previousEnd = i > 0 ? mentions[i - 1].End : 0;
            var clause = DateCues.ClauseBefore(folded, mention.Start, previousEnd);

            if (i + 1 < mentions.Count && DateCues.IsRange(clause, folded[mention.End..mentions[i + 1].Start]))
            {
                var closing = mentions[i + 1];
                i++;
                if (DateCues.IsEvent(clause) || (pageMode && !DateCues.HasAnyCue(clause))) continue;
                var closesOn = ResolveYear(closing, context.ReferenceDate);
                var startsOn = ResolveBefore(mention, closesOn);
                if (startsOn <= closesOn) windows.Add(new DateWindow(startsOn, closesOn, closing.Time));
                previousRole = null;
                continue;
            }

            var after = folded[mention.End..(i + 1 < mentions.Count ? mentions[i + 1].Start : folded.Length)];
            if (mention.Year is null && DateCues.IsPlaceholderYear(after))
            {
                yearlyPlaceholder = true;
                previousRole = null;
                continue;
            }
            var role = previousRole is { } listed && i > 0 && DateCues.IsListContinuation(folded[previousEnd..mention.Start])
                ? listed
                : DateCues.RoleOf(clause, after[..Math.Min(after.Length, 40)]);
            previousRole = role;
            switch (role)
            {
                case DateRole.Deadline:
                    hasDeadlineRole = true;
                    var closesOn = mention.Year is null && DateCues.IsPast(clause)
                        ? ResolveBefore(mention, context.ReferenceDate)
                        : ResolveYear(mention, context.ReferenceDate);
                    windows.Add(new DateWindow(null, closesOn, mention.Time));
                    break;
                case DateRole.Opening:
                    openings.Add(mention);
                    break;
                case DateRole.PreDeposit:
                    preDeposit ??= ResolveYear(mention, context.ReferenceDate);
                    break;
                case DateRole.Unknown when !pageMode:
                    unknown.Add(mention);
                    break;
            }
        }

        // A lone date in a deadline field is the deadline, unless the field named another one as such.
        if (!hasDeadlineRole && windows.Count == 0)
        {
            windows.AddRange(unknown.Select(m => new DateWindow(null, ResolveYear(m, context.ReferenceDate), m.Time)));
        }

        var merged = AttachOpenings(Merge(windows), openings);
        var recurrence = RecurrenceOf(folded, merged.Count, pageMode);
        if (yearlyPlaceholder && recurrence == Recurrence.OneOff) recurrence = Recurrence.Recurring;
        var current = merged.FirstOrDefault(w => w.ClosesOn >= context.Today) ?? merged.LastOrDefault();
        var opensOn = current?.OpensOn ?? (merged.Count == 0 && openings.Count > 0 ? Nearest(openings[0], context.ReferenceDate) : null);

        return new DateExtraction
        {
            OpensOn = opensOn,
            Deadline = current?.ClosesOn,
            DeadlineTime = current?.ClosesAt,
            Windows = merged,
            Recurrence = recurrence,
            PreDepositDeadline = preDeposit,
        };
    }

    private static Recurrence RecurrenceOf(string folded, int windowCount, bool pageMode)
    {
        if (DateCues.SaysPermanent(folded, strictOnly: pageMode)) return Recurrence.Permanent;
        if (windowCount > 1 || (!pageMode && DateCues.SaysRecurring(folded))) return Recurrence.Recurring;
        return Recurrence.OneOff;
    }

    /// <summary>One window per closing date, in date order; a window that states more wins over a bare one.</summary>
    private static List<DateWindow> Merge(List<DateWindow> windows) =>
        windows
            .GroupBy(w => w.ClosesOn)
            .Select(g => new DateWindow(g.Select(w => w.OpensOn).FirstOrDefault(o => o is not null), g.Key, g.Select(w => w.ClosesAt).FirstOrDefault(t => t is not null)))
            .OrderBy(w => w.ClosesOn)
            .ToList();

    private static List<DateWindow> AttachOpenings(List<DateWindow> windows, List<DateMention> openings)
    {
        if (openings.Count == 0 || windows.Count == 0) return windows;
        var result = new List<DateWindow>(windows.Count);
        DateOnly? previousClose = null;
        foreach (var window in windows)
        {
            var opening = window.OpensOn ?? openings
                .Select(o => ResolveBefore(o, window.ClosesOn))
                .Where(o => o <= window.ClosesOn && (previousClose is null || o > previousClose))
                .Select(o => (DateOnly?)o)
                .LastOrDefault();
            result.Add(window with { OpensOn = opening });
            previousClose = window.ClosesOn;
        }
        return result;
    }

    /// <summary>A year-less date is the next such day on or after the reference (the page's date).</summary>
    private static DateOnly ResolveYear(DateMention mention, DateOnly reference)
    {
        if (mention.Year is { } year) return new DateOnly(year, mention.Month, mention.Day);
        for (var y = reference.Year; y < reference.Year + 8; y++)
        {
            if (mention.Day > DateTime.DaysInMonth(y, mention.Month)) continue;
            var candidate = new DateOnly(y, mention.Month, mention.Day);
            if (candidate >= reference) return candidate;
        }
        return new DateOnly(reference.Year + 1, mention.Month, Math.Min(mention.Day, DateTime.DaysInMonth(reference.Year + 1, mention.Month)));
    }

    /// <summary>The start of a window takes the year that puts it on or before the end: "du 1er décembre au 15 janvier 2021".</summary>
    private static DateOnly ResolveBefore(DateMention mention, DateOnly end)
    {
        if (mention.Year is { } year) return new DateOnly(year, mention.Month, mention.Day);
        for (var y = end.Year; y > end.Year - 8; y--)
        {
            if (mention.Day > DateTime.DaysInMonth(y, mention.Month)) continue;
            var candidate = new DateOnly(y, mention.Month, mention.Day);
            if (candidate <= end) return candidate;
        }
        return new DateOnly(end.Year - 1, mention.Month, Math.Min(mention.Day, 28));
    }

    /// <summary>An opening without year is the occurrence closest to the reference, before or after it.</summary>
    private static DateOnly Nearest(DateMention mention, DateOnly reference)
    {
        if (mention.Year is { } year) return new DateOnly(year, mention.Month, mention.Day);
        var best = ResolveYear(mention, reference);
        var earlier = ResolveBefore(mention, reference);
        return reference.DayNumber - earlier.DayNumber < best.DayNumber - reference.DayNumber ? earlier : best;
    }
}
