using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Tests.Components;

public sealed class FrenchFormatTests
{
    [Theory]
    [InlineData(3_000_000L, "30\u202F000\u00A0€")]
    [InlineData(150_050L, "1\u202F500,50\u00A0€")]
    [InlineData(50L, "0,50\u00A0€")]
    [InlineData(7_000_000_000L, "70\u202F000\u202F000\u00A0€")]
    public void Cents_read_as_French_euros(long cents, string expected)
    {
        Assert.Equal(expected, FrenchFormat.Money(cents));
    }

    [Fact]
    public void Dates_are_written_out_with_the_first_of_the_month_as_1er()
    {
        Assert.Equal("15 janvier 2027", FrenchFormat.Date(new DateOnly(2027, 1, 15)));
        Assert.Equal("1er mars 2027", FrenchFormat.Date(new DateOnly(2027, 3, 1)));
        Assert.Equal("15 janvier 2027 à 17\u00A0h\u00A030", FrenchFormat.Deadline(new DateOnly(2027, 1, 15), new TimeOnly(17, 30)));
    }

    [Fact]
    public void Amount_ranges_name_what_is_known()
    {
        Assert.Equal("De 2\u202F000\u00A0€ à 10\u202F000\u00A0€", FrenchFormat.AmountRange(200_000, 1_000_000));
        Assert.Equal("Jusqu'à 5\u202F000\u00A0€", FrenchFormat.AmountRange(null, 500_000));
        Assert.Equal("À partir de 1\u202F000\u00A0€", FrenchFormat.AmountRange(100_000, null));
        Assert.Equal("5\u202F000\u00A0€", FrenchFormat.AmountRange(500_000, 500_000));
        Assert.Null(FrenchFormat.AmountRange(null, null));
        Assert.Equal("De 20\u00A0% à 80\u00A0% des dépenses", FrenchFormat.RateRange(20, 80));
    }

    [Fact]
    public void Counts_put_zero_and_one_in_the_singular()
    {
        Assert.Equal("0 appel", FrenchFormat.Count(0, "{0} appel", "{0} appels"));
        Assert.Equal("1 appel", FrenchFormat.Count(1, "{0} appel", "{0} appels"));
        Assert.Equal("1\u202F243 appels", FrenchFormat.Count(1243, "{0} appel", "{0} appels"));
    }
}
