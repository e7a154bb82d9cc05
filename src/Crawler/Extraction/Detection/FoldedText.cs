namespace Plateforme.Crawler.Extraction.Detection;

/// <summary>
/// A text folded for keyword matching: <see cref="Lower"/> is lower case with every word made singular
/// ("associations locales" → "association locale"), <see cref="Cased"/> keeps the case for acronyms
/// ("ANS" the agency, not "16-25 ans").
/// </summary>
internal sealed record FoldedText(string Lower, string Cased)
{
    public static FoldedText Of(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? new FoldedText("", "")
            : new FoldedText(Singular(FrenchText.FoldWords(text)), FrenchText.FoldWords(text, keepCase: true));

    /// <summary>The same text with some phrases blanked out, so that "au fil de l'eau" does not say "eau".</summary>
    public FoldedText Without(PhraseSet phrases) => new(phrases.Blank(Lower), Cased);

    /// <summary>Drops a final "s" or "x" from words of more than three letters, on text and phrases alike.</summary>
    public static string Singular(string foldedWords)
    {
        var words = foldedWords.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length > 3 && (w[^1] == 's' || w[^1] == 'x') && !char.IsAsciiDigit(w[^2])) words[i] = w[..^1];
        }
        return string.Join(' ', words);
    }
}
