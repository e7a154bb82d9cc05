using System.Text.RegularExpressions;

namespace Plateforme.Crawler.Extraction;

/// <summary>
/// The clause a date or an amount belongs to, read back from where the value starts. Dates and amounts differ only in
/// where a sentence breaks and in which words may stand between a label and its value.
/// </summary>
internal static class ClauseReader
{
    /// <summary>The text between the previous sentence break (or value) and <paramref name="start"/>, with the label of a value on its own line.</summary>
    public static string Before(string folded, int start, int previousEnd, int maxClause, Regex sentenceBreak, Regex bareLead)
    {
        var from = Math.Max(previousEnd, Math.Max(0, start - maxClause));
        var clause = folded[from..start];
        var cut = sentenceBreak.Matches(clause).LastOrDefault();
        if (cut is null) return clause;
        var own = clause[(cut.Index + cut.Length)..];
        // A label on its own line ("Date de clôture" ↵ "30 avril 2025") speaks for the value on the next line.
        if (!bareLead.IsMatch(own) || !clause.AsSpan(cut.Index, cut.Length).Contains('\n')) return own;
        // Blank lines between the label and its value are skipped.
        var lineEnd = from + cut.Index;
        while (lineEnd > previousEnd && char.IsWhiteSpace(folded[lineEnd - 1])) lineEnd--;
        var lineStart = lineEnd > 0 ? folded.LastIndexOf('\n', lineEnd - 1) : -1;
        var labelFrom = Math.Max(previousEnd, lineStart + 1);
        var label = labelFrom < lineEnd ? folded[labelFrom..lineEnd] : "";
        return label.Length > 0 && label.Length <= maxClause ? label + " " + own : own;
    }
}
