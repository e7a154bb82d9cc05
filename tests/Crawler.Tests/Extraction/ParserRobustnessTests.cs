using Plateforme.Crawler.Extraction.Amounts;
using Plateforme.Crawler.Extraction.Dates;
using Plateforme.Crawler.Extraction.Detection;
using Plateforme.Crawler.Extraction.Identity;

namespace Plateforme.Crawler.Tests.Extraction;

/// <summary>Scraped text is anything: parsers must never throw and never invent negative money or reversed windows.</summary>
public sealed class ParserRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "1er", "15", "31", "2026", "26", "/", ".", "-", ":", " ", " ", "\u202F", "\u00A0", "décembre", "fevrier", "déc.", "à", "17h",
        "h", "30", "du", "au", "et", "ou", "date limite", "clôture", "jusqu'au", "€", "k€", "M€", "euros", "%", "%", "entre", "de",
        "10 000", "2.200.000", "1,5", "plafond", "minimum", "enveloppe", "lauréats", "(80)", "Somme", "T", "Z", "+02:00", "Ã©", "<p>",
        "</script>", "\n", "ou du", "prochain", "au fil de l'eau", "AAP", "9999999999999999999", "0", "00", "29", "février",
    ];

    [Fact]
    public void Random_french_looking_text_never_breaks_the_parsers()
    {
        var random = new Random(20260110);
        var context = DateParseContext.On(new DateOnly(2026, 1, 10));
        for (var i = 0; i < 1500; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 25)).Select(_ => Pieces[random.Next(Pieces.Length)]));

            var dates = FrenchDateParser.Parse(text, context);
            var page = FrenchDateParser.FindInPage(text, context);
            var amounts = FrenchAmountParser.Parse(text);
            _ = TerritoryResolver.Default.Resolve(text);
            _ = BeneficiaryDetector.Detect(text, isBeneficiaryField: true);
            _ = CallFingerprint.Compute(text, text, dates.Deadline);

            Assert.All(dates.Windows.Concat(page.Windows), w => Assert.True(w.OpensOn is null || w.OpensOn <= w.ClosesOn, text));
            Assert.True(amounts.MinAmountCents is null or > 0, text);
            Assert.True(amounts.MaxAmountCents is null or > 0, text);
            Assert.True(amounts.MinAmountCents is null || amounts.MaxAmountCents is null || amounts.MinAmountCents <= amounts.MaxAmountCents, text);
            Assert.True(amounts.RateMaxPercent is null or (> 0 and <= 100), text);
        }
    }
}
