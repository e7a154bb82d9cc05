using Microsoft.Extensions.Time.Testing;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Sources;
using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Tests.Extraction;

/// <summary>A source's recurrence field as funders' sites and open-data files fill it, not only in our three labels.</summary>
public sealed class StatedRecurrenceTests
{
    private readonly CallNormalizer normalizer = new(new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 8, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("Permanente", Recurrence.Permanent)]
    [InlineData("permanent", Recurrence.Permanent)]
    [InlineData("Au fil de l'eau", Recurrence.Permanent)]
    [InlineData("Dépôt possible toute l'année", Recurrence.Permanent)]
    [InlineData("En continu", Recurrence.Permanent)]
    [InlineData("Annuelle", Recurrence.Recurring)]
    [InlineData("ANNUEL", Recurrence.Recurring)]
    [InlineData("Chaque année", Recurrence.Recurring)]
    [InlineData("Tous les ans", Recurrence.Recurring)]
    [InlineData("Récurrent", Recurrence.Recurring)]
    [InlineData("Semestrielle (deux sessions)", Recurrence.Recurring)]
    [InlineData("Pluriannuel", Recurrence.Recurring)]
    [InlineData("Ponctuelle", Recurrence.OneOff)]
    [InlineData("Ponctuel", Recurrence.OneOff)]
    [InlineData("Appel unique", Recurrence.OneOff)]
    [InlineData("Une seule session", Recurrence.OneOff)]
    public void The_source_words_for_recurrence_are_understood(string stated, Recurrence expected)
    {
        var raw = new RawCall("site", "1", new Uri("https://site.example/1"), "Appel à projets vie associative")
        {
            RecurrenceText = stated,
            DeadlineText = "30 juin 2027",
        };

        Assert.Equal(expected, normalizer.Normalize(raw, new SourceContext("site")).Recurrence);
    }

    [Fact]
    public void A_recurrence_field_saying_nothing_known_leaves_the_wording_to_decide()
    {
        var raw = new RawCall("site", "1", new Uri("https://site.example/1"), "Aide aux clubs")
        {
            RecurrenceText = "Voir le règlement",
            DescriptionHtml = "<p>Les dossiers peuvent être déposés toute l'année.</p>",
        };

        Assert.Equal(Recurrence.Permanent, normalizer.Normalize(raw, new SourceContext("site")).Recurrence);
    }
}
