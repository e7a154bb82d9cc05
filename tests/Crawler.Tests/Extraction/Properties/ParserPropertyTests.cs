using FsCheck.Xunit;
using Plateforme.Crawler.Extraction.Amounts;
using Plateforme.Crawler.Extraction.Dates;

namespace Plateforme.Crawler.Tests.Extraction.Properties;

/// <summary>Date and amount parsers on any text: never throw, never a reversed window, never negative money.</summary>
[Properties(Arbitrary = [typeof(UnicodeTexts)], MaxTest = 300)]
public sealed class ParserPropertyTests
{
    private static readonly DateParseContext Context = DateParseContext.On(new DateOnly(2026, 1, 10));
    private static readonly DateParseContext UsOrder = new(new DateOnly(2025, 6, 1), new DateOnly(2026, 1, 10), NumericDateOrder.MonthFirst);

    [Property]
    public void Date_parsing_never_throws_and_keeps_windows_in_order(UnicodeText text)
    {
        foreach (var context in new[] { Context, UsOrder })
        {
            foreach (var dates in new[] { FrenchDateParser.Parse(text.Value, context), FrenchDateParser.FindInPage(text.Value, context) })
            {
                Assert.All(dates.Windows, w => Assert.True(w.OpensOn is null || w.OpensOn <= w.ClosesOn));
                Assert.True(dates.Windows.Zip(dates.Windows.Skip(1)).All(p => p.First.ClosesOn < p.Second.ClosesOn));
                Assert.True(dates.Deadline is null || dates.Windows.Any(w => w.ClosesOn == dates.Deadline));
                Assert.True(dates.OpensOn is null || dates.Deadline is null || dates.OpensOn <= dates.Deadline);
            }
            _ = FrenchDateParser.ParseOpening(text.Value, context);
        }
    }

    [Property]
    public void Amount_parsing_never_throws_and_gives_positive_ordered_money(UnicodeText text)
    {
        foreach (var amounts in new[] { FrenchAmountParser.Parse(text.Value), FrenchAmountParser.FindInPage(text.Value) })
        {
            Assert.True(amounts.MinAmountCents is null or > 0);
            Assert.True(amounts.MaxAmountCents is null or > 0);
            Assert.True(amounts.EnvelopeCents is null or > 0);
            Assert.True(amounts.MinAmountCents is null || amounts.MaxAmountCents is null || amounts.MinAmountCents <= amounts.MaxAmountCents);
            Assert.True(amounts.RateMinPercent is null or (> 0 and <= 100));
            Assert.True(amounts.RateMaxPercent is null or (> 0 and <= 100));
            Assert.True(amounts.RateMinPercent is null || amounts.RateMaxPercent is null || amounts.RateMinPercent <= amounts.RateMaxPercent);
            Assert.True(amounts.MaxWinners is null or > 0);
        }
    }

    [Property]
    public void A_deadline_survives_any_text_around_it(UnicodeText before, UnicodeText after)
    {
        // The surroundings keep every odd character but no Latin letter or digit: words of their own (« jury »,
        // another date) could rightly change which date is the deadline, and then the test would fail by chance.
        var text = Noise(before.Value) + "\n📅 Date limite de dépôt : 15 mars 2026\n" + Noise(after.Value);
        var dates = FrenchDateParser.FindInPage(text, Context);
        Assert.Contains(dates.Windows, w => w.ClosesOn == new DateOnly(2026, 3, 15));
    }

    [Theory]
    [InlineData("Date limite : ٣ mars 2026")]
    [InlineData("Date limite : １５/０３/２０２６")]
    [InlineData("Clôture : 2026-03-31T17:00:00+\u2028" + "02:00")]
    [InlineData("Clôture : 2026-03-31T17:00:00-\u000B05:00")]
    [InlineData("📅 Dépôt des dossiers jusqu'au 𝟑𝟏 mars 2026")]
    [InlineData("Aide de ５ ０００ € ; taux ٥٠ %")]
    public void Digits_and_spaces_of_other_scripts_do_not_break_the_parsers(string text)
    {
        _ = FrenchDateParser.Parse(text, Context);
        _ = FrenchDateParser.FindInPage(text, Context);
        _ = FrenchDateParser.ParseOpening(text, Context);
        _ = FrenchAmountParser.Parse(text);
        _ = FrenchAmountParser.FindInPage(text);
    }

    private static string Noise(string text) => string.Concat(text.Where(c => !char.IsAsciiLetterOrDigit(c)));
}
