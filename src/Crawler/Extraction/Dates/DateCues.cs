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
    public static string ClauseBefore(string folded, int start, int previousEnd) =>
        ClauseReader.Before(folded, start, previousEnd, MaxClause, SentenceBreak(), BareLead());

    /// <summary>Whether a year-less date is told in the past ("s'est terminé le 3 juin", "fermé depuis le 12 mai").</summary>
    public static bool IsPast(string clause) => PastTense().IsMatch(clause);

    /// <summary>"30 juin de l'année N": a placeholder of a yearly calendar, not a date.</summary>
    public static bool IsPlaceholderYear(string textAfter) => PlaceholderYear().IsMatch(textAfter);

    /// <summary>", " or " et " alone between two dates: the second one goes on the first one's list ("31 janvier, 31 mai et 30 septembre").</summary>
    public static bool IsListContinuation(string clause) => ListJoin().IsMatch(clause);

    public static DateRole RoleOf(string clauseBefore, string textAfter)
    {
        // The end of works, of a programme or a contract, a payment, an answer: never the call's own date.
        if (NotTheCall().IsMatch(clauseBefore) && !SubmissionAfterEvent(clauseBefore)) return DateRole.Other;
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

    private static bool SubmissionAfterEvent(string clause)
    {
        var lastEvent = NotTheCall().Matches(clause).Last();
        return Submission().Match(clause, lastEvent.Index + lastEvent.Length).Success;
    }

    [GeneratedRegex(@"^[\s:\-]*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*)?(?:le\s*)?$")]
    private static partial Regex BareLead();

    [GeneratedRegex(@"travaux|\bachev|\bversement|\bverse(?:e|es|s)?\b|\bpaiement|(?<!limite de )\breponses?\b|\bcommuniquee?s?\b|\bnotifi|\binformee?s? de|\bdecisions?\b|resultats|ceremonie|remise des prix|\bjury|\baudition|\bprend(?:ra|ront)? fin|\b(?:fin|terme|echeance) (?:du|de la|des) (?:programme|contrat|convention|dispositif|operation)|\bprojets? (?:devront|doivent) etre (?:realises|termines|acheves)|\brealisation|\bexecution|\bdemarrage des (?:projets|actions|travaux)|\b(?:devront|doivent|pourront) (?:demarrer|commencer|debuter)")]
    private static partial Regex NotTheCall();

    [GeneratedRegex(@"\bdepot|\bdeposer|\bcandidatures?\b|\bdossiers?\b|\binscriptions?\b|\bsoumission|\bclotur|\bdate limite")]
    private static partial Regex Submission();

    [GeneratedRegex(@"s'est (?:termine|clos|cloture|achevee?)|(?:a|ont) ete (?:cloture|clos|ferme|termine)|\b(?:ferme|clos|cloture|termine|acheve|fini)e?s? depuis|\betai(?:t|ent) (?:ouverte?s?|fixee?s?|possibles?)|\ba pris fin|\bse (?:sont|est) (?:terminee?s?|achevee?s?)|\bcloturee?s? le\b|\bavait lieu|\bs'achevait")]
    private static partial Regex PastTense();

    [GeneratedRegex(@"^\s*(?:de\s+)?l'an(?:nee)?\s+n\b")]
    private static partial Regex PlaceholderYear();

    [GeneratedRegex(@"^\s*(?:,|et|ou)\s*(?:le\s+)?$")]
    private static partial Regex ListJoin();

    [GeneratedRegex(@"lancement|ouverture|\bouvert(?:e|s|es)?\s+(?:a partir|des|depuis|le\b|du\b|a compter)|\ba partir d|\ba compter d|\bdebut\b|demarrage de l'appel|\bouverte?s? entre\b|\bdes le\b|s'ouvr|\bouvre\b|\bcommence")]
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

    [GeneratedRegex(@"^\s*(?:au|-|jusqu'au|et au|et jusqu'au|>|→)\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$")]
    private static partial Regex RangeJoin();

    [GeneratedRegex(@"^\s*(?:a|et(?:\s+le)?)\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$")]
    private static partial Regex LooseRangeJoin();

    [GeneratedRegex(@"(?:\bdu|\bde|\bentre(?:\s+le)?)\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$")]
    private static partial Regex RangeOpener();

    [GeneratedRegex(@"au fil de l'eau|sans date limite|pas de date limite|aucune date limite|sans date de cloture|pas de date de cloture|ouvert(?:e)? en permanence|appel (?:a projets )?permanent|depots? en continu|sans limite de date|candidatures? en continu|ouverte?s? toute l'annee|ouverte?s? tout au long de l'annee|(?:depots?|candidatures?|demandes?) (?:possibles? )?toute l'annee|(?:deposee?s?|presentee?s?|recevables?|acceptee?s?|instruite?s?|adressee?s?) toute l'annee")]
    private static partial Regex StrictPermanent();

    [GeneratedRegex(@"\bpermanente?s?\b|\ben continu\b|tout au long de l'annee|\ba tout moment\b|\btoute l'annee\b")]
    private static partial Regex LoosePermanent();

    [GeneratedRegex(@"chaque annee|tous les ans|\bannuel(?:le)?\b|\bsessions\b|plusieurs vagues|\bvagues\b|\breleves? (?:des|de) (?:dossiers|candidatures|projets)|chaque (?:trimestre|semestre|mois)|deux fois par an|\btrimestriel|\bsemestriel|\bcomites? (?:mensuels?|trimestriels?)|\bsessions? de depot|de l'an(?:nee)? n\b|sessions? de (?:printemps|d'automne|d'ete|d'hiver)")]
    private static partial Regex Recurring();
}
