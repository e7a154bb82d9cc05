namespace Plateforme.Crawler.Extraction.Dates;

/// <summary>French month names and their usual abbreviations, folded (no accents, lower case).</summary>
internal static class FrenchMonths
{
    /// <summary>Longest spellings first so that the regex alternation prefers "janvier" to "jan".</summary>
    public const string Pattern =
        "janvier|janv|jan|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|sep|octobre|oct|novembre|nov|decembre|dec";

    public static int NumberOf(string folded) => folded switch
    {
        "janvier" or "janv" or "jan" => 1,
        "fevrier" or "fevr" or "fev" => 2,
        "mars" => 3,
        "avril" or "avr" => 4,
        "mai" => 5,
        "juin" => 6,
        "juillet" or "juil" => 7,
        "aout" => 8,
        "septembre" or "sept" or "sep" => 9,
        "octobre" or "oct" => 10,
        "novembre" or "nov" => 11,
        "decembre" or "dec" => 12,
        _ => 0,
    };
}
