using Plateforme.Crawler.Extraction.Dates;
using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Tests.Extraction;

public sealed class FrenchDateParserTests
{
    [Fact]
    public void Two_windows_are_kept_and_the_current_one_drives_the_dates()
    {
        const string text = "Du 1er décembre 2020 au 15 janvier 2021 ou du 1er mars au 15 avril 2021";
        var inFebruary = new DateParseContext(new DateOnly(2020, 11, 2), new DateOnly(2021, 2, 1));

        var result = FrenchDateParser.Parse(text, inFebruary);

        Assert.Equal(
            [new DateWindow(new DateOnly(2020, 12, 1), new DateOnly(2021, 1, 15)), new DateWindow(new DateOnly(2021, 3, 1), new DateOnly(2021, 4, 15))],
            result.Windows);
        Assert.Equal(new DateOnly(2021, 3, 1), result.OpensOn);
        Assert.Equal(new DateOnly(2021, 4, 15), result.Deadline);
        Assert.Equal(Recurrence.Recurring, result.Recurrence);
    }

    [Fact]
    public void When_every_window_is_past_the_last_one_is_reported()
    {
        var result = FrenchDateParser.Parse("Sessions : 15 mars 2024, 15 juin 2024", DateParseContext.On(new DateOnly(2025, 1, 1)));

        Assert.Equal(new DateOnly(2024, 6, 15), result.Deadline);
        Assert.Equal(2, result.Windows.Count);
        Assert.Equal(Recurrence.Recurring, result.Recurrence);
    }

    [Fact]
    public void A_year_less_date_takes_its_year_from_the_page_date_not_the_crawl_date()
    {
        var publishedInOctober2025 = new DateParseContext(new DateOnly(2025, 10, 1), new DateOnly(2026, 5, 1));

        var result = FrenchDateParser.Parse("Ouvert jusqu'au 18 décembre à 17h", publishedInOctober2025);

        Assert.Equal(new DateOnly(2025, 12, 18), result.Deadline);
    }

    [Theory]
    [InlineData("MM/dd/yyyy", "2026-01-12")]
    [InlineData("%m/%d/%Y", "2026-01-12")]
    [InlineData("dd/MM/yyyy", "2026-12-01")]
    [InlineData(null, "2026-12-01")]
    public void Numeric_dates_are_month_first_only_when_the_source_says_so(string? format, string expected)
    {
        var context = new DateParseContext(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1), DateParseContext.OrderOf(format));

        var result = FrenchDateParser.Parse("01/12/2026", context);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Deadline);
    }

    [Fact]
    public void A_pre_deposit_deadline_is_kept_apart_from_the_deadline()
    {
        var result = FrenchDateParser.Parse(
            "Lettre d'intention avant le 1er mars 2026, dossier complet au plus tard le 15 avril 2026",
            DateParseContext.On(new DateOnly(2026, 1, 10)));

        Assert.Equal(new DateOnly(2026, 3, 1), result.PreDepositDeadline);
        Assert.Equal(new DateOnly(2026, 4, 15), result.Deadline);
        Assert.Equal(Recurrence.OneOff, result.Recurrence);
    }

    [Theory]
    [InlineData("Dépôt au fil de l'eau jusqu'au 31 décembre 2026", "2026-12-31")]
    [InlineData("Appel permanent", "")]
    [InlineData("Dossiers acceptés toute l'année", "")]
    public void Permanent_wording_makes_a_permanent_call_and_keeps_a_stated_end(string text, string deadline)
    {
        var result = FrenchDateParser.Parse(text, DateParseContext.On(new DateOnly(2026, 1, 10)));

        Assert.Equal(Recurrence.Permanent, result.Recurrence);
        Assert.Equal(deadline, result.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
    }

    [Fact]
    public void Annual_calls_are_recurring()
    {
        var result = FrenchDateParser.Parse("Appel annuel, date limite le 30 septembre 2026", DateParseContext.On(new DateOnly(2026, 1, 10)));

        Assert.Equal(Recurrence.Recurring, result.Recurrence);
        Assert.Equal(new DateOnly(2026, 9, 30), result.Deadline);
    }

    [Fact]
    public void In_a_page_only_dates_with_a_telling_word_count()
    {
        const string page = """
            Publié le 12 janvier 2026. Mis à jour le 15 janvier 2026.
            Le festival aura lieu du 3 au 5 juillet 2026.
            Les lauréats seront annoncés le 30 mai 2026.
            Calendrier : date limite de candidature le 20 mars 2026 à 23h59.
            """;

        var result = FrenchDateParser.FindInPage(page, DateParseContext.On(new DateOnly(2026, 1, 20)));

        Assert.Equal(new DateOnly(2026, 3, 20), result.Deadline);
        Assert.Equal(new TimeOnly(23, 59), result.DeadlineTime);
        Assert.Single(result.Windows);
    }

    [Fact]
    public void A_page_saying_permanent_in_passing_is_not_a_permanent_call()
    {
        var result = FrenchDateParser.FindInPage("Notre équipe permanente vous répond.", DateParseContext.On(new DateOnly(2026, 1, 20)));

        Assert.True(result.IsEmpty);
    }

    [Theory]
    [InlineData("31 février 2026")]
    [InlineData("45/13/2026")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Le 2026 sera une belle année, 10 000 € à la clé")]
    public void Impossible_or_missing_dates_give_nothing_and_never_throw(string? text)
    {
        Assert.Null(FrenchDateParser.Parse(text, DateParseContext.On(new DateOnly(2026, 1, 10))).Deadline);
    }

    [Fact]
    public void An_opening_field_gives_the_opening_date()
    {
        var context = DateParseContext.On(new DateOnly(2026, 3, 10));

        Assert.Equal(new DateOnly(2026, 2, 17), FrenchDateParser.ParseOpening("Date de lancement : 17 février", context));
        Assert.Null(FrenchDateParser.ParseOpening("bientôt", context));
    }
}
