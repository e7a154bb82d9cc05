using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Sources.Fields;

namespace Plateforme.Crawler.Tests.Sources.Shapes;

public sealed class FieldTemplateTests
{
    private static readonly Dictionary<string, string?> Values = new()
    {
        ["date"] = "2026-06-30", ["heure"] = "12:00", ["vide"] = null, ["min"] = "2 000", ["max"] = "10 000", ["nom"] = "Fonds ESS",
    };

    [Theory]
    [InlineData("{date} à {heure}", "2026-06-30 à 12:00")]
    [InlineData("{date} à {vide}", "2026-06-30")]
    [InlineData("{vide} à {heure}", "à 12:00")]
    [InlineData("de {min} à {max} €", "de 2 000 à 10 000 €")]
    [InlineData("{nom} – {vide}", "Fonds ESS")]
    [InlineData("{vide} {vide}", null)]
    [InlineData("https://exemple.fr/aides/{nom}", "https://exemple.fr/aides/Fonds ESS")]
    public void A_template_joins_the_values_and_drops_the_text_before_an_empty_one(string template, string? expected)
    {
        Assert.True(FieldTemplate.IsTemplate(template));
        Assert.Equal(expected, FieldTemplate.Fill(template, spec => Values[spec]));
    }

    [Theory]
    [InlineData("date_limite")]
    [InlineData("{}")]
    [InlineData("a|b")]
    public void A_spec_without_a_named_placeholder_is_not_a_template(string spec) => Assert.False(FieldTemplate.IsTemplate(spec));

    [Theory]
    [InlineData("150000", AmountUnit.Euros, "150 000 €")]
    [InlineData("1500000", AmountUnit.Cents, "15 000 €")]
    [InlineData("500050", AmountUnit.Cents, "5 000,50 €")]
    [InlineData("150", AmountUnit.ThousandEuros, "150 000 €")]
    [InlineData("12,5", AmountUnit.ThousandEuros, "12 500 €")]
    [InlineData("2.5", AmountUnit.MillionEuros, "2 500 000 €")]
    [InlineData("15 000", AmountUnit.Euros, "15 000 €")]
    [InlineData("jusqu'à 15 000 €", AmountUnit.Euros, "jusqu'à 15 000 €")]
    [InlineData("-5", AmountUnit.Euros, "-5")]
    public void A_plain_number_gets_the_declared_unit_and_text_stays_as_written(string value, AmountUnit unit, string expected) =>
        Assert.Equal(expected, PlainAmount.Describe(value, unit));

    [Fact]
    public void Without_a_declared_unit_a_number_is_left_alone() => Assert.Equal("150000", PlainAmount.Describe("150000", null));
}
