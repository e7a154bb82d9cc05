using System.Text.RegularExpressions;

namespace Plateforme.Crawler.Extraction.Amounts;

/// <summary>Reads the role of an amount from its clause ("plafond de", "enveloppe globale de") and the words after it ("maximum").</summary>
internal static partial class AmountCues
{
    private const int MaxClause = 80;

    public static string ClauseBefore(string folded, int start, int previousEnd)
    {
        var from = Math.Max(previousEnd, Math.Max(0, start - MaxClause));
        var clause = folded[from..start];
        var cut = SentenceBreak().Matches(clause).LastOrDefault();
        return cut is null ? clause : clause[(cut.Index + cut.Length)..];
    }

    public static AmountRole RoleOf(string clause, string after)
    {
        if (NotTheAid().IsMatch(clause)) return AmountRole.Ignored;
        (int At, AmountRole Role)? best = null;
        Consider(Ignored(), AmountRole.Ignored);
        Consider(Envelope(), AmountRole.Envelope);
        Consider(Minimum(), AmountRole.Minimum);
        Consider(Maximum(), AmountRole.Maximum);
        if (best is { } found) return found.Role;
        if (MaximumAfter().IsMatch(after)) return AmountRole.Maximum;
        if (MinimumAfter().IsMatch(after)) return AmountRole.Minimum;
        if (EnvelopeAfter().IsMatch(after)) return AmountRole.Envelope;
        return AmountRole.Unknown;

        void Consider(Regex cue, AmountRole role)
        {
            var last = cue.Matches(clause).LastOrDefault();
            if (last is null) return;
            var end = last.Index + last.Length;
            if (best is null || end > best.Value.At) best = (end, role);
        }
    }

    /// <summary>Whether a clause of a whole page speaks of the aid's money (so a price or a turnover elsewhere is left alone).</summary>
    public static bool IsAboutAid(string clause) => AidWords().IsMatch(clause) || RoleOf(clause, "") != AmountRole.Unknown;

    [GeneratedRegex(@"(?:\n|[.;!?|•]\s)")]
    private static partial Regex SentenceBreak();

    /// <summary>The project's cost or base: the nearest telling word decides, "pourra s'élever de" after it still wins.</summary>
    [GeneratedRegex(@"cout (?:total |global )?(?:du|des|de votre) projets?|budget (?:total |global |previsionnel )?(?:du|des|de votre) projets?|montant (?:total )?(?:du|des) projets?|depenses (?:eligibles|totales)|assiette")]
    private static partial Regex Ignored();

    /// <summary>Money that is never the aid, wherever it stands in the clause.</summary>
    [GeneratedRegex(@"chiffre d'affaires|\btva\b|autofinancement|cofinancement|fonds propres|\bapports?\b|\bca\b|salaires?\b|loyers?\b|projets? d'un (?:montant|budget|cout)|\bd'un cout\b|cout (?:total |global )?(?:superieur|inferieur|minimum|minimal)|ne depassant pas un budget")]
    private static partial Regex NotTheAid();

    [GeneratedRegex(@"enveloppe|budget (?:total|global|de l'appel|alloue|consacre|dedie|annuel)|dotation (?:globale|totale)|montant (?:total|global) (?:de l'appel|alloue|consacre|disponible|de l'enveloppe)|\bau total\b|fonds (?:dote|de dotation)|credits? (?:alloues|disponibles|mobilises)|\bmobilis|\bglobale? de\b|dote d'un budget")]
    private static partial Regex Envelope();

    [GeneratedRegex(@"\bminimum|\bminimale?|\bmini\b|\bseuil|\bau moins|\ba partir de|\bplancher|\bsuperieure? (?:ou egale? )?a|\bpas moins de")]
    private static partial Regex Minimum();

    [GeneratedRegex(@"\bmaximum|\bmaximale?|\bmax\b|\bplafon|\bjusqu'a|\bau plus\b|dans la (?:limite|limite maximale) d|ne (?:pourra|peut|saurait|doit) (?:exceder|depasser)|n'excedant pas|\binferieure? (?:ou egale? )?a|\blimitee? a|pouvant aller|peut atteindre|pourra atteindre|\bs'elever|\bs'eleve|\ba hauteur de")]
    private static partial Regex Maximum();

    [GeneratedRegex(@"^\s*(?:(?:ht|ttc|net|hors taxes?)\s+)?(?:maximum|max\b|au maximum|maxi|au plus|plafond)")]
    private static partial Regex MaximumAfter();

    [GeneratedRegex(@"^\s*(?:(?:ht|ttc|net|hors taxes?)\s+)?(?:minimum|min\b|au minimum|au moins)")]
    private static partial Regex MinimumAfter();

    [GeneratedRegex(@"^\s*(?:(?:ht|ttc|net|hors taxes?)\s+)?(?:au total|pour l'ensemble|(?:sont|seront) (?:mobilises|consacres|alloues)|pour l'appel)")]
    private static partial Regex EnvelopeAfter();

    [GeneratedRegex(@"montant|subvention|\baide|dotation|\bprix\b|financement|\bbourse|\bprime|\bpret|\bavance|\btaux|soutien|versee?|accord|attribu|finance|recompens")]
    private static partial Regex AidWords();
}
