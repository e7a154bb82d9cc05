using System.Text.RegularExpressions;

namespace Plateforme.Crawler.Extraction.Amounts;

/// <summary>Reads the role of an amount from its clause ("plafond de", "enveloppe globale de") and the words after it ("maximum").</summary>
internal static partial class AmountCues
{
    private const int MaxClause = 80;

    public static string ClauseBefore(string folded, int start, int previousEnd) =>
        ClauseReader.Before(folded, start, previousEnd, MaxClause, SentenceBreak(), BareLead());

    /// <summary>
    /// The clause of an amount that follows a rate, without the rate's own complement: in "80 % du budget du projet
    /// ni 15 000 €" the budget is what the 80 % is taken of, not what the 15 000 € is.
    /// </summary>
    public static string WithoutComplement(string clause)
    {
        var m = Complement().Match(clause);
        return m.Success ? clause[(m.Index + m.Length)..] : clause;
    }

    /// <summary>A share that makes an applicant eligible ("20 % de la population", "50 % des recettes"), not a rate of aid.</summary>
    public static bool IsConditionShare(string after) => ConditionShare().IsMatch(after);

    /// <summary>"… par projet", "… chacun": an amount for each winner, not a total.</summary>
    public static bool IsPerProject(string after) => PerProjectAfter().IsMatch(after);

    public static AmountRole RoleOf(string clause, string after)
    {
        if (NotTheAid().IsMatch(clause)) return AmountRole.Ignored;
        (int At, AmountRole Role)? best = null;
        Consider(Ignored(), AmountRole.Ignored);
        Consider(Envelope(), AmountRole.Envelope);
        Consider(Minimum(), AmountRole.Minimum);
        Consider(Maximum(), AmountRole.Maximum);
        // "L'enveloppe totale s'élève à": a verb of quantity says nothing of its own, the envelope does.
        if (best is null || best.Value.Role != AmountRole.Envelope) Consider(MaximumVerb(), Envelope().IsMatch(clause) ? AmountRole.Envelope : AmountRole.Maximum);
        if (best is { Role: AmountRole.Envelope } && (IsPerProject(after) || PerProjectAfterEnvelope(clause))) return AmountRole.Maximum;
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

    /// <summary>Nothing but a preposition of a range before the value: "De 2 000 à 8 000 €" under its label.</summary>
    [GeneratedRegex(@"^[\s:\-]*(?:(?:de|d'|du|entre|a partir de)\s*)?$")]
    private static partial Regex BareLead();

    [GeneratedRegex(@"^\s*(?:du|des|de la|de l'|d')[^,;]*?\s(?:ni|et|ou)\s")]
    private static partial Regex Complement();

    [GeneratedRegex(@"^\s*(?:au moins|au plus|minimum|maximum)?\s*(?:de la|de leur|de sa|de son|de ses|de leurs|des|du|d')\s*(?:population|habitants|territoire|recettes|ressources|produits|budget (?:de la structure|annuel|de fonctionnement|de l'association)|effectifs|salaries|membres|adherents|chiffre|communes|logements|surface|eleves|jeunes|public|menages|foyers)")]
    private static partial Regex ConditionShare();

    [GeneratedRegex(@"^\s*(?:(?:ht|ttc|net|hors taxes?)\s+)?(?:maximum\s+)?(?:par (?:projet|laureat|structure|association|dossier|porteur|beneficiaire|initiative|an et par)|chacun|pour chacun|a chaque)")]
    private static partial Regex PerProjectAfter();

    /// <summary>"Le montant alloué à chaque projet": the words after the envelope's cue make it a per-project amount.</summary>
    private static bool PerProjectAfterEnvelope(string clause)
    {
        var envelope = Envelope().Matches(clause).LastOrDefault();
        return envelope is not null && PerProjectClause().Match(clause, envelope.Index + envelope.Length).Success;
    }

    [GeneratedRegex(@"(?:a|pour|par) chaque (?:projet|laureat|structure|association|dossier|beneficiaire)|\bpar (?:projet|laureat)\b|\bchacun des\b|\bchaque (?:projet|laureat) (?:retenu|selectionne|soutenu)")]
    private static partial Regex PerProjectClause();

    [GeneratedRegex(@"\bs'elever|\bs'eleve|\ba hauteur de|pouvant aller|peut atteindre|pourra atteindre|\bse monte")]
    private static partial Regex MaximumVerb();

    /// <summary>The project's cost or base: the nearest telling word decides, "pourra s'élever de" after it still wins.</summary>
    [GeneratedRegex(@"cout (?:total |global )?(?:du|des|de votre) projets?|budget (?:total |global |previsionnel )?(?:du|des|de votre) projets?|montant (?:total )?(?:du|des) projets?|depenses (?:eligibles|totales)|assiette|se repartit|se repartissent|(?:repartie?|ventilee?) (?:ainsi|comme suit)|se decompose")]
    private static partial Regex Ignored();

    /// <summary>Money that is never the aid, wherever it stands in the clause.</summary>
    [GeneratedRegex(@"chiffre d'affaires|\btva\b|autofinancement|cofinancement|fonds propres|\bapports?\b|\bca\b|salaires?\b|loyers?\b|projets? d'un (?:montant|budget|cout)|\bd'un cout\b|cout (?:total |global )?(?:superieur|inferieur|minimum|minimal)|ne depassant pas un budget|budget (?:total |global |previsionnel )?(?:du|des) projets? (?:doit|devra|doivent|devront) etre|\bmoyenne?s?\b|\bmontant moyen|\ben moyenne|dont le budget|budget annuel (?:de|du) (?:la|l'|votre|leur) ?(?:structure|association|organisme|porteur)|budget (?:annuel )?de la structure|\bversement\b|\bacompte|\bpopulation|\bhabitants|depuis (?:19|20)\d\d|\ben (?:19|20)\d\d,|(?:ont|a) (?:ete )?(?:soutenu|accompagne|finance|aide)s?\b")]
    private static partial Regex NotTheAid();

    [GeneratedRegex(@"enveloppe|budget (?:total|global|de l'appel|alloue|consacre|dedie|annuel)|dotation (?:globale|totale)|montant (?:total|global) (?:de l'appel|alloue|consacre|disponible|de l'enveloppe)|\bau total\b|fonds (?:dote|de dotation)|credits? (?:alloues|disponibles|mobilises)|\bmobilis|\bglobale? de\b|dote d'un budget|\bun budget de\b|\bdotee?s? de\b|\bfonds,? dote|\bconsacre(?:ra|nt)?\b")]
    private static partial Regex Envelope();

    [GeneratedRegex(@"\bminimum|\bminimale?|\bmini\b|\bseuil|\bau moins|\ba partir de|\bplancher|\bsuperieure? (?:ou egale? )?a|\bpas moins de|aucune (?:subvention|aide|demande)s? (?:d'un montant )?inferieure?s? a")]
    private static partial Regex Minimum();

    [GeneratedRegex(@"\bmaximum|\bmaximale?|\bmax\b|\bplafon|\bjusqu'a|\bau plus\b|dans la (?:limite|limite maximale) d|ne (?:pourra|peut|saurait|doit) (?:exceder|depasser)|n'excedant pas|\binferieure? (?:ou egale? )?a|\blimitee? a|\bne (?:pourra|peut) (?:en aucun cas )?(?:exceder|depasser)|\bexceder")]
    private static partial Regex Maximum();

    [GeneratedRegex(@"^\s*(?:(?:ht|ttc|net|hors taxes?)\s+)?(?:maximum|max\b|au maximum|maxi|au plus|plafond)")]
    private static partial Regex MaximumAfter();

    [GeneratedRegex(@"^\s*(?:(?:ht|ttc|net|hors taxes?)\s+)?(?:minimum|min\b|au minimum|au moins)")]
    private static partial Regex MinimumAfter();

    [GeneratedRegex(@"^\s*(?:(?:ht|ttc|net|hors taxes?)\s+)?(?:au total|pour l'ensemble|(?:sont|seront|est|sera) (?:mobilisee?s?|consacree?s?|allouee?s?|dediee?s?|reservee?s?)|pour l'appel|,?\s*(?:repartie?s?|partagee?s?) entre)")]
    private static partial Regex EnvelopeAfter();

    [GeneratedRegex(@"montant|subvention|\baide|dotation|\bprix\b|financement|\bbourse|\bprime|\bpret|\bavance|\btaux|soutien|versee?|accord|attribu|finance|recompens|\brecev|\brecoi|\bpercev|\bpercoi|\bbeneficier|\bobtenir|\bchacun")]
    private static partial Regex AidWords();
}
