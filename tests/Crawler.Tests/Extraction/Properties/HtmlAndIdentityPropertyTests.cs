using FsCheck.Xunit;
using Plateforme.Crawler.Extraction.Html;
using Plateforme.Crawler.Extraction.Identity;

namespace Plateforme.Crawler.Tests.Extraction.Properties;

/// <summary>Cleaning, summaries, fingerprints and URLs on any text: never throw, never cut a character in two.</summary>
[Properties(Arbitrary = [typeof(UnicodeTexts)], MaxTest = 200)]
public sealed class HtmlAndIdentityPropertyTests
{
    private static readonly HtmlCleaner Cleaner = new();

    [Property]
    public void Cleaning_keeps_no_script_and_stays_well_formed(UnicodeText html)
    {
        var cleaned = Cleaner.Clean(html.Value, new Uri("https://financeur.example/aides/"), 60);
        Assert.DoesNotContain("<script", cleaned.Html, StringComparison.OrdinalIgnoreCase);
        Assert.True(cleaned.Summary.Length <= 60, cleaned.Summary);
        if (UnicodeText.IsWellFormed(html.Value))
        {
            Assert.True(UnicodeText.IsWellFormed(cleaned.PlainText), html.ToString());
            Assert.True(UnicodeText.IsWellFormed(cleaned.Summary), html.ToString());
        }
        _ = HtmlCleaner.ToPlainText(html.Value);
        _ = Cleaner.Sanitize(html.Value, null);
    }

    [Property]
    public void A_summary_is_within_its_length_and_never_splits_a_character(UnicodeText text)
    {
        foreach (var length in new[] { 1, 2, 5, 41, 280 })
        {
            var summary = HtmlCleaner.Summarize(text.Value, length);
            Assert.True(summary.Length <= length, $"{summary.Length} > {length}");
            Assert.True(UnicodeText.IsWellFormed(summary) || !UnicodeText.IsWellFormed(text.Value), text.ToString());
        }
    }

    [Property]
    public void Fingerprints_fit_the_catalogue_and_are_stable(UnicodeText title, UnicodeText funder)
    {
        var fingerprint = CallFingerprint.Compute(title.Value, funder.Value, new DateOnly(2026, 3, 15));
        Assert.True(fingerprint.Length <= CallFingerprint.MaxLength);
        Assert.True(UnicodeText.IsWellFormed(fingerprint), title.ToString());
        Assert.Equal(fingerprint, CallFingerprint.Compute(title.Value, funder.Value, new DateOnly(2026, 3, 15)));
        Assert.True(UnicodeText.IsWellFormed(CallFingerprint.NormalizeTitle(title.Value, funder.Value)));
    }

    [Property]
    public void Title_similarity_is_a_symmetric_score_between_zero_and_one(UnicodeText first, UnicodeText second)
    {
        var score = TitleSimilarity.Score(first.Value, second.Value);
        Assert.InRange(score, 0, 1);
        Assert.Equal(score, TitleSimilarity.Score(second.Value, first.Value), 10);
    }

    [Property]
    public void Urls_written_as_any_text_are_canonical_or_refused(UnicodeText text)
    {
        _ = UrlCanonicalizer.Canonicalize(text.Value);
        _ = UrlCanonicalizer.Canonicalize("https://financeur.example/" + text.Value);
        _ = TrackingParameters.IsTracking(text.Value);
    }
}
