using System.Text.RegularExpressions;

namespace Plateforme.Crawler.Extraction.Dates;

/// <summary>
/// Reads the role of a date from the clause before it ("Date de clôture :", "Ouverture le", "Jury le") and,
/// failing that, from the words just after it ("Mardi 10 mars 2026 : date limite de dépôt").
/// </summary>
internal static partial class DateCues
{
    private const int MaxClause = 90;

    /// <summary>The text between the previous sentence break (or date) and <paramref name="start"/>.</summary>
    public static string ClauseBefore(string folded, int start, int previousEnd)
    {
        var from = Math.Max(previousEnd, Math.Max(0, start - MaxClause));
        var clause = folded[from..start];
        var cut = SentenceBreak().Matches(clause).LastOrDefault();
        return cut is null ? clause : clause[(cut.Index + cut.Length)..];
    }

    public static DateRole RoleOf(string clauseBefore, string textAfter)
    {
        var strongest = Nearest(clauseBefore);
        if (strongest is { } role) return role;
        if (WeakDeadlineCue().IsMatch(clauseBefore)) return DateRole.Deadline;
        if (DeadlineAfter().IsMatch(textAfter)) return DateRole.Deadline;
        if (OpeningAfter().IsMatch(textAfter)) return DateRole.Opening;
        return DateRole.Unknown;
    }

    /// <summary>Whether the clause says anything about dates of a call (used to trust dates found in a whole page).</summary>
    public static bool HasAnyCue(string clause) => Nearest(clause) is not null || WeakDeadlineCue().IsMatch(clause);

    public static bool IsEvent(string clause) => Nearest(clause) == DateRole.Other;

    /// <summary>"du … au …", "entre le … et le …", "… - …": the two dates bound one window.</summary>
    public static bool IsRange(string clauseBeforeFirst, string between) =>
        RangeJoin().IsMatch(between) || (LooseRangeJoin().IsMatch(between) && RangeOpener().IsMatch(clauseBeforeFirst));

    public static bool SaysPermanent(string folded, bool strictOnly) =>
        StrictPermanent().IsMatch(folded) || (!strictOnly && LoosePermanent().IsMatch(folded));

    public static bool SaysRecurring(string folded) => Recurring().IsMatch(folded);

    private static DateRole? Nearest(string clause)
    {
        (int At, DateRole Role)? best = null;
        Consider(OpeningCue(), DateRole.Opening);
        Consider(PreDepositCue(), DateRole.PreDeposit);
        Consider(PublicationCue(), DateRole.Publication);
        Consider(StrongDeadlineCue(), DateRole.Deadline);
        // The nearest word decides: "date limite de réalisation des travaux" is about the works, not the application.
        Consider(EventCue(), DateRole.Other);
        return best?.Role;

        void Consider(Regex cue, DateRole role)
        {
            var last = cue.Matches(clause).LastOrDefault();
            if (last is null) return;
            var end = last.Index + last.Length;
            if (best is null || end > best.Value.At) best = (end, role);
        }
    }

    [GeneratedRegex(@"(?:\n|[.;!?|•]\s|\s[-*]\s(?=[a-z]))")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"lancement|ouverture|\bouvert(?:e|s|es)?\s+(?:a partir|des|depuis|le\b|du\b|a compter)|\ba partir d|\ba compter d|\bdebut\b|demarrage de l'appel|\bdes le\b|s'ouvr|\bouvre\b|\bcommence")]
    private static partial Regex OpeningCue();

    [GeneratedRegex(@"pre-?\s?depot|predepot|pre-?\s?inscription|lettres? d'intention|notes? d'intention|intention de candidat|pre-?\s?candidature|pre-?\s?selection")]
    private static partial Regex PreDepositCue();

    [GeneratedRegex(@"publie|publication|mis en ligne|mise en ligne|mise a jour|\bmodifie|actualise|\bcree le|\bposte le")]
    private static partial Regex PublicationCue();

    [GeneratedRegex(@"limite|cloture|\bclos\b|\bferme|expire|expiration|butoir|echeance|\bfin\b|au plus tard|\bfixee?s?\b|se termine|\btermine|dernier delai|\bdeadline")]
    private static partial Regex StrongDeadlineCue();

    [GeneratedRegex(@"\bjusqu|\bavant\b|\bdepot|\bdeposer|\bremise des (?:dossiers|candidatures|projets)|\bretour des|\bcandidat|\bdossiers?\b|\benvoi|\bsoumission|\binscriptions?\b")]
    private static partial Regex WeakDeadlineCue();

    [GeneratedRegex(@"\bjury|\bcomite|\bcommission|resultats|laureats|\bannonce|reunion|webinaire|\batelier|\bsession d'information|notification|\bdecision|\bversement|realis|achev|\bevenement|ceremonie|remise des prix|audition|\bdemarrage des projets|\bexecution|\bformation le")]
    private static partial Regex EventCue();

    [GeneratedRegex(@"^\s*[:\-,]?\s*(?:date limite|limite|cloture|fin des|fin de|dernier delai|date butoir)")]
    private static partial Regex DeadlineAfter();

    [GeneratedRegex(@"^\s*[:\-,]?\s*(?:ouverture|lancement|debut)")]
    private static partial Regex OpeningAfter();

    [GeneratedRegex(@"^\s*(?:au|-|jusqu'au|>|→)\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$")]
    private static partial Regex RangeJoin();

    [GeneratedRegex(@"^\s*(?:a|et(?:\s+le)?)\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$")]
    private static partial Regex LooseRangeJoin();

    [GeneratedRegex(@"(?:\bdu|\bde|\bentre(?:\s+le)?)\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$")]
    private static partial Regex RangeOpener();

    [GeneratedRegex(@"au fil de l'eau|sans date limite|pas de date limite|aucune date limite|sans date de cloture|pas de date de cloture|ouvert(?:e)? en permanence|appel (?:a projets )?permanent|depots? en continu|sans limite de date|candidatures? en continu")]
    private static partial Regex StrictPermanent();

    [GeneratedRegex(@"\bpermanente?s?\b|\ben continu\b|tout au long de l'annee|\ba tout moment\b|\btoute l'annee\b")]
    private static partial Regex LoosePermanent();

    [GeneratedRegex(@"chaque annee|tous les ans|\bannuel(?:le)?\b|\bsessions\b|plusieurs vagues|\bvagues\b|\breleves? (?:des|de) (?:dossiers|candidatures|projets)|chaque (?:trimestre|semestre|mois)|deux fois par an|\btrimestriel|\bsemestriel|\bcomites? (?:mensuels?|trimestriels?)|\bsessions? de depot")]
    private static partial Regex Recurring();
}
