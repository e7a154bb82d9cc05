using System.Text.RegularExpressions;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Reference;

namespace Plateforme.Crawler.Extraction.Dates;

/// <summary>
/// A source's own recurrence field, in its own words: our labels (« Permanente ») or what funders' sites and open-data
/// files write instead (« Annuelle », « Au fil de l'eau », « Chaque année », « Appel unique »).
/// </summary>
internal static partial class StatedRecurrence
{
    public static Recurrence? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (ReferenceLists.Default.Recurrences.TryNormalize(text, out var slug) && RecurrenceSlugs.TryParse(slug, out var listed)) return listed;
        var folded = FrenchText.FoldKeepingLength(text);
        if (DateCues.SaysPermanent(folded, strictOnly: false)) return Recurrence.Permanent;
        if (DateCues.SaysRecurring(folded) || RecurringWord().IsMatch(folded)) return Recurrence.Recurring;
        return OneOffWord().IsMatch(folded) ? Recurrence.OneOff : null;
    }

    [GeneratedRegex(@"\brecurrent|\bpluriannuel|\bbiannuel|\bmensuel|\breconduit|\brenouvel")]
    private static partial Regex RecurringWord();

    [GeneratedRegex(@"\bponctuel|\bunique\b|\bune seule (?:fois|session|vague)|\bexceptionnel|\bone[- ]?shot\b")]
    private static partial Regex OneOffWord();
}
