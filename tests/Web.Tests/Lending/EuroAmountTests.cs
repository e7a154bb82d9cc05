using Plateforme.Web.Shared.Forms;

namespace Plateforme.Web.Tests.Lending;

public sealed class EuroAmountTests
{
    [Theory]
    [InlineData("200", 20_000)]
    [InlineData("2 500,50", 250_050)]
    [InlineData("2500.5", 250_050)]
    [InlineData("0,01", 1)]
    [InlineData("1\u202f234,56 €", 123_456)]
    [InlineData("15000,99", 1_500_099)]
    public void TryParseCents_euros_as_people_type_them_gives_exact_cents(string text, long expected)
    {
        Assert.True(EuroAmount.TryParseCents(text, out var cents));
        Assert.Equal(expected, cents);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("12,345")]
    [InlineData("-5")]
    [InlineData("1,2,3")]
    [InlineData(",50")]
    [InlineData("99999999999999999999")]
    public void TryParseCents_anything_else_is_refused(string text) =>
        Assert.False(EuroAmount.TryParseCents(text, out _));

    [Theory]
    [InlineData(250_050, "2500,50")]
    [InlineData(20_000, "200")]
    [InlineData(1, "0,01")]
    public void ToInput_reads_back_to_the_same_cents(long cents, string expected)
    {
        Assert.Equal(expected, EuroAmount.ToInput(cents));
        Assert.True(EuroAmount.TryParseCents(EuroAmount.ToInput(cents), out var back));
        Assert.Equal(cents, back);
    }
}
