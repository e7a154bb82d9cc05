using FsCheck.Xunit;
using Plateforme.Crawler.Extraction;
using Plateforme.Search.Text;

namespace Plateforme.Crawler.Tests.Extraction.Properties;

/// <summary>The foldings every matcher relies on, on any text a page may hold: they never throw and keep their promises.</summary>
[Properties(Arbitrary = [typeof(UnicodeTexts)], MaxTest = 300)]
public sealed class FoldingPropertyTests
{
    [Property]
    public void Fold_never_throws_is_idempotent_and_well_formed(UnicodeText text)
    {
        var folded = FrenchFolding.Fold(text.Value);
        Assert.Equal(folded, FrenchFolding.Fold(folded));
        Assert.True(UnicodeText.IsWellFormed(folded) || !UnicodeText.IsWellFormed(text.Value));
    }

    [Property]
    public void Fold_keeping_case_never_throws_and_is_idempotent(UnicodeText text)
    {
        var folded = FrenchFolding.Fold(text.Value, keepCase: true);
        Assert.Equal(folded, FrenchFolding.Fold(folded, keepCase: true));
    }

    [Property]
    public void FoldWords_gives_single_spaced_well_formed_words_and_is_idempotent(UnicodeText text)
    {
        foreach (var keepCase in new[] { false, true })
        {
            var words = FrenchFolding.FoldWords(text.Value, keepCase);
            Assert.Equal(words, FrenchFolding.FoldWords(words, keepCase));
            Assert.DoesNotContain("  ", words, StringComparison.Ordinal);
            Assert.Equal(words.Trim(), words);
            Assert.True(UnicodeText.IsWellFormed(words), text.ToString());
        }
    }

    [Property]
    public void Words_are_non_empty_and_without_spaces(UnicodeText text)
    {
        var words = FrenchFolding.Words(text.Value);
        Assert.All(words, w => Assert.True(w.Length > 0 && !w.Any(char.IsWhiteSpace)));
        Assert.True(UnicodeText.IsWellFormed(string.Concat(words)), text.ToString());
    }

    [Property]
    public void Slugify_gives_ascii_kebab_case_within_its_length_and_is_idempotent(UnicodeText text)
    {
        var slug = FrenchFolding.Slugify(text.Value, 40);
        Assert.True(slug.Length <= 40);
        Assert.All(slug, c => Assert.True(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-', slug));
        Assert.False(slug.StartsWith('-') || slug.EndsWith('-') || slug.Contains("--", StringComparison.Ordinal), slug);
        Assert.Equal(slug, FrenchFolding.Slugify(slug, 40));
    }

    [Property]
    public void FoldChar_never_throws_on_any_character(UnicodeText text)
    {
        foreach (var c in text.Value) _ = FrenchFolding.FoldChar(c);
    }

    [Property]
    public void FoldKeepingLength_keeps_every_position_and_is_idempotent(UnicodeText text)
    {
        var folded = FrenchText.FoldKeepingLength(text.Value);
        Assert.Equal(text.Value.Length, folded.Length);
        Assert.Equal(folded, FrenchText.FoldKeepingLength(folded));
        Assert.True(UnicodeText.IsWellFormed(folded), text.ToString());
    }

    [Property]
    public void CollapseWhiteSpace_leaves_no_run_of_spaces_and_is_idempotent(UnicodeText text)
    {
        var collapsed = FrenchText.CollapseWhiteSpace(text.Value);
        Assert.Equal(collapsed, FrenchText.CollapseWhiteSpace(collapsed));
        Assert.DoesNotContain("  ", collapsed, StringComparison.Ordinal);
        Assert.Equal(collapsed.Trim(), collapsed);
        Assert.True(UnicodeText.IsWellFormed(collapsed) || !UnicodeText.IsWellFormed(text.Value), text.ToString());
    }

    [Property]
    public void A_phrase_is_found_where_it_was_put_between_spaces(UnicodeText before, UnicodeText after)
    {
        var phrase = "date limite";
        var folded = FrenchText.FoldWords(before.Value) + " " + phrase + " " + FrenchText.FoldWords(after.Value);
        var at = FrenchText.IndexOfPhrase(folded, phrase);
        Assert.True(at >= 0 && folded.Substring(at, phrase.Length) == phrase);
        Assert.True(FrenchText.ContainsPhrase(folded, phrase));
        Assert.Equal(-1, FrenchText.IndexOfPhrase(folded, ""));
    }
}
