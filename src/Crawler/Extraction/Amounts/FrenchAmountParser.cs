using System.Globalization;
using System.Text.RegularExpressions;

namespace Plateforme.Crawler.Extraction.Amounts;

/// <summary>
/// Reads the money of a call from French text: "jusqu'à 5 000 €", "entre 2 000 € et 10 000 € TTC maximum",
/// "de 10 à 30 000 € par projet" (10 000 to 30 000), "au maximum 80 % du coût total", "enveloppe globale de
/// 70M€", "dans la limite de 3 lauréats". Amounts become cents with integer arithmetic. Never throws.
/// </summary>
public static partial class FrenchAmountParser
{
    private const string Number = @"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?";
    private const string Unit = @"(?:k\s?€|k\s?euros?|keur|m\s?€|m\s?euros?|meur|mds?\s?€|milliards? d'euros|millions? d'euros|millions? €|millions? euros|milliers d'euros|mille euros|€|euros?|eur(?![a-z]))";
    private const string Tax = @"(?:\s*(?:ht|ttc|net|hors taxes?|toutes taxes comprises)(?![a-z]))?";
    private const string Percent = @"\d{1,3}(?:[,.]\d+)?";

    /// <summary>Parses a field about money: an amount without telling word there is the aid's amount.</summary>
    public static AmountExtraction Parse(string? text) => Parse(text, pageMode: false);

    /// <summary>Looks for the money of the call in a whole page: only amounts in a clause about the aid count.</summary>
    public static AmountExtraction FindInPage(string? pageText) => Parse(pageText, pageMode: true);

    private static AmountExtraction Parse(string? text, bool pageMode)
    {
        if (string.IsNullOrWhiteSpace(text)) return AmountExtraction.None;
        // "trois (3) millions d'euros": the figure in brackets reads as the number, positions unchanged.
        var folded = BracketedFigure().Replace(FrenchText.FoldKeepingLength(text), m => " " + m.Groups["n"].Value + " ");
        var found = new List<(Match Match, Kind Kind)>();
        Collect(found, RateRange().Matches(folded), Kind.RateRange);
        Collect(found, SingleRate().Matches(folded), Kind.Rate);
        Collect(found, MoneyRange().Matches(folded), Kind.MoneyRange);
        Collect(found, SingleMoney().Matches(folded), Kind.Money);
        Collect(found, PrefixedMoney().Matches(folded), Kind.Money);

        var amounts = new AmountAccumulator();
        var previousEnd = 0;
        var previousKept = false;
        var previousWasRate = false;
        foreach (var (m, kind) in found.OrderBy(f => f.Match.Index))
        {
            // The clause starts after the previous amount: "80 % du coût total du projet, et pourra s'élever de 10 à 30 000 €".
            var clause = AmountCues.ClauseBefore(folded, m.Index, previousEnd);
            var continuesKeptAmount = previousKept && clause.Length == m.Index - previousEnd;
            if (continuesKeptAmount && previousWasRate) clause = AmountCues.WithoutComplement(clause);
            previousEnd = m.Index + m.Length;
            var after = After(folded, m);
            var role = AmountCues.RoleOf(clause, after);
            previousKept = false;
            previousWasRate = kind is Kind.Rate or Kind.RateRange;
            if (role == AmountRole.Ignored) continue;
            if (previousWasRate && AmountCues.IsConditionShare(after)) continue;
            // In a page, an amount counts when its clause speaks of the aid or goes on from one that did ("plafonnée à 50 000 € et à 80 %").
            if (pageMode && role == AmountRole.Unknown && !AmountCues.IsAboutAid(clause) && !continuesKeptAmount) continue;
            previousKept = true;
            switch (kind)
            {
                case Kind.RateRange:
                    amounts.Rate(PercentOf(m.Groups["a"].Value), AmountRole.Minimum);
                    amounts.Rate(PercentOf(m.Groups["b"].Value), AmountRole.Maximum);
                    break;
                case Kind.Rate:
                    amounts.Rate(PercentOf(m.Groups["a"].Value), role == AmountRole.Minimum ? AmountRole.Minimum : AmountRole.Maximum);
                    break;
                case Kind.MoneyRange:
                    AddRange(amounts, m, role);
                    break;
                default:
                    amounts.Money(EuroAmount.ToCents(m.Groups["n"].Value, EuroAmount.MultiplierOf(m.Groups["u"].Value)), role);
                    break;
            }
        }

        var prizes = PrizeListCount(folded);
        amounts.Winners(WinnersIn(folded) ?? prizes);
        // A list of prizes gives the range itself: the smallest prize is the least a winner receives.
        if (prizes is not null) amounts.UnknownAmountsSpanTheRange();
        return amounts.Build();
    }

    private enum Kind
    {
        RateRange,
        Rate,
        MoneyRange,
        Money,
    }

    /// <summary>Earlier patterns win: a range is read before the single amounts it contains.</summary>
    private static void Collect(List<(Match, Kind)> found, MatchCollection matches, Kind kind)
    {
        foreach (Match m in matches)
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (found.Any(f => start < f.Item1.Index + f.Item1.Length && f.Item1.Index < end)) continue;
            found.Add((m, kind));
        }
    }

    private static void AddRange(AmountAccumulator amounts, Match m, AmountRole role)
    {
        var upperMultiplier = EuroAmount.MultiplierOf(m.Groups["ub"].Value);
        var upper = EuroAmount.ToCents(m.Groups["b"].Value, upperMultiplier);
        var lower = LowerBound(m, upper, upperMultiplier);
        if (role == AmountRole.Envelope)
        {
            amounts.Money(upper, AmountRole.Envelope);
            return;
        }
        // "en 2026 - 5 000 €" is not a range: a lower bound above the upper one was never one.
        if (lower <= upper) amounts.Money(lower, AmountRole.Minimum);
        amounts.Money(upper, AmountRole.Maximum);
    }

    /// <summary>
    /// The lower bound of a range takes the upper bound's unit when it has none ("de 1 à 3 M€"), and "de 10 à
    /// 30 000 €" means 10 000: a bare small number before a grouped amount reads in thousands.
    /// </summary>
    private static long? LowerBound(Match m, long? upper, long upperMultiplier)
    {
        var text = m.Groups["a"].Value;
        var hasOwnUnit = m.Groups["ua"].Success;
        var multiplier = hasOwnUnit ? EuroAmount.MultiplierOf(m.Groups["ua"].Value) : upperMultiplier;
        var lower = EuroAmount.ToCents(text, multiplier);
        if (hasOwnUnit || lower is null || upper is null || upperMultiplier != 1) return lower;
        if (lower < 1000_00 && EuroAmount.HasThousandsGroups(m.Groups["b"].Value) && lower * 1000 <= upper) return lower * 1000;
        return lower;
    }

    private static int? WinnersIn(string folded)
    {
        foreach (Match m in Winners().Matches(folded))
        {
            var n = CountOf(m.Groups["n"].Value);
            if (n is > 0 and < 10_000) return n;
        }
        return null;
    }

    /// <summary>"1er prix : 10 000 €" ↵ "2e prix : 5 000 €" ↵ "Prix coup de cœur : 1 000 €": one winner per prize line.</summary>
    private static int? PrizeListCount(string folded)
    {
        var count = PrizeLine().Count(folded);
        return count >= 2 ? count : null;
    }

    private static int? CountOf(string text) => text switch
    {
        "un" or "une" => 1,
        "deux" => 2,
        "trois" => 3,
        "quatre" => 4,
        "cinq" => 5,
        "six" => 6,
        "sept" => 7,
        "huit" => 8,
        "neuf" => 9,
        "dix" => 10,
        "douze" => 12,
        "quinze" => 15,
        "vingt" => 20,
        "trente" => 30,
        "cinquante" => 50,
        "cent" => 100,
        _ => int.TryParse(text.Replace(" ", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    /// <summary>Whole percent, the fraction dropped ("33,33 %" → 33); above 100 is not a rate.</summary>
    private static int? PercentOf(string text)
    {
        var digits = text.Split(',', '.')[0];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 100 ? value : null;
    }

    private static string After(string folded, Match m)
    {
        var end = m.Index + m.Length;
        return folded[end..Math.Min(folded.Length, end + 30)];
    }

    [GeneratedRegex(@"(?<![\w.,])(?<a>" + Percent + @")\s*%?\s*(?:et|a|-|au)\s*(?<b>" + Percent + @")\s*%(?:\s*%)*")]
    private static partial Regex RateRange();

    [GeneratedRegex(@"(?<![\w.,])(?<a>" + Percent + @")\s*%(?:\s*%)*")]
    private static partial Regex SingleRate();

    [GeneratedRegex(@"(?<![\w.,])(?<a>" + Number + @")\s*(?<ua>" + Unit + @")?" + Tax + @"\s*(?:et|a|-|jusqu'a)\s*(?<b>" + Number + @")\s*(?<ub>" + Unit + @")" + Tax)]
    private static partial Regex MoneyRange();

    [GeneratedRegex(@"(?<![\w.,])(?<n>" + Number + @")\s*(?<u>" + Unit + @")" + Tax)]
    private static partial Regex SingleMoney();

    /// <summary>"€ 7 500", "€5,000": the sign before the figure, as some sites print it.</summary>
    [GeneratedRegex(@"€\s?(?<n>\d{1,3}(?:[ .]\d{3})+|\d+)(?![\d,])" + Tax)]
    private static partial Regex PrefixedMoney();

    [GeneratedRegex(@"\((?<n>\d{1,3})\)(?=\s*(?:millions?|milliards?|mille|k\s?€|m\s?€|€|euros?))")]
    private static partial Regex BracketedFigure();

    [GeneratedRegex(@"(?m)^[\s\-*•]*(?:\d{1,2}\s?(?:er|re|e|eme|°)\s+prix|(?:grand |premier |deuxieme |troisieme )?prix (?:special|du jury|coup de coeur|du public|jeunesse|de l'innovation|[a-z'\-]+(?: [a-z'\-]+){0,4}))\s*(?:du jury\s*)?:\s*\d")]
    private static partial Regex PrizeLine();

    [GeneratedRegex(@"(?:(?:dans la limite|limite|un maximum|maximum|au maximum|jusqu'a|au plus) (?:de |d')?(?<n>\d{1,4}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|cinquante|cent) (?:laureats?|projets?|dossiers?|structures?|beneficiaires?|candidats?|prix|associations?|porteurs?)|(?<![\w.,])(?<n>\d{1,4}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|cinquante|cent) (?:laureats|prix (?:de|d'un montant)|(?:projets|structures|dossiers|candidats|associations|equipes) laureats|(?:projets|structures|dossiers|candidats|associations) (?:seront|pourront etre|maximum) ?(?:retenu|soutenu|selectionn|accompagn|financ|prime|recompens)?|(?:prix|bourses|dotations|trophees|subventions|projets|laureats) (?:seront|sont|vont etre) (?:decern|attribu|remis|distribu|retenu|selectionn|recompens|soutenu|financ))|\bentre les (?<n>\d{1,4}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt) laureats|laureats \((?<n>\d{1,4}) (?:au maximum|maximum|max)\))")]
    private static partial Regex Winners();
}
