using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Sources;

namespace Plateforme.Crawler.Tests.Extraction.Properties;

/// <summary>A call whose every field is random text is still normalised, never dropped, and stays storable: no half character, even from a text that held some.</summary>
[Properties(Arbitrary = [typeof(UnicodeTexts)], MaxTest = 150)]
public sealed class CallNormalizerPropertyTests
{
    private static readonly CallNormalizer Normalizer = new(new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 8, 0, 0, TimeSpan.Zero)));

    [Property]
    public void Any_text_in_any_field_is_normalised(UnicodeText title, UnicodeText text, UnicodeText page)
    {
        var raw = new RawCall("aleatoire", "1", new Uri("https://financeur.example/aides/1"), title.Value)
        {
            DeadlineText = text.Value,
            OpeningText = text.Value,
            AmountText = text.Value,
            SummaryHtml = page.Value,
            DescriptionHtml = "📅 " + page.Value,
            FunderText = title.Value,
            BeneficiariesText = text.Value,
            ThemesText = text.Value,
            TerritoryText = text.Value,
            AidTypeText = text.Value,
            ContactText = text.Value,
            EligibilityText = text.Value,
            RecurrenceText = text.Value,
            PageText = page.Value,
        };

        var call = Normalizer.Normalize(raw, new SourceContext("aleatoire"));

        Assert.True(call.Title.Length > 0);
        Assert.True(call.MinAmountCents is null || call.MaxAmountCents is null || call.MinAmountCents <= call.MaxAmountCents, $"{call.MinAmountCents} > {call.MaxAmountCents}");
        Assert.True(call.OpensOn is null || call.Deadline is null || call.OpensOn <= call.Deadline, $"{call.OpensOn} > {call.Deadline}");
        Assert.All(new[] { call.Title, call.Summary, call.DescriptionHtml, call.Contact, call.Eligibility, call.Fingerprint }.Concat(call.Funders), t => Assert.True(t is null || UnicodeText.IsWellFormed(t), new UnicodeText(t ?? "").ToString()));
    }
}
