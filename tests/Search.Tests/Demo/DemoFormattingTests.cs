using Plateforme.DemoData;

namespace Plateforme.Search.Tests.Demo;

public class DemoFormattingTests
{
    [Theory]
    [InlineData(2026, 3, 1, "1er mars 2026")]
    [InlineData(2026, 8, 15, "15 août 2026")]
    [InlineData(2027, 12, 31, "31 décembre 2027")]
    public void Dates_are_written_the_French_way(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, FrenchText.Date(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(50_000, "500\u00A0€")]
    [InlineData(3_000_000, "30\u202F000\u00A0€")]
    [InlineData(1_000_000_000, "10\u202F000\u202F000\u00A0€")]
    public void Amounts_group_thousands_with_narrow_spaces(long cents, string expected)
    {
        Assert.Equal(expected, FrenchText.Euros(cents));
    }

    [Theory]
    [InlineData(12, 0, "12\u00A0h")]
    [InlineData(23, 59, "23\u00A0h\u00A059")]
    public void Times_are_written_with_h(int hour, int minute, string expected)
    {
        Assert.Equal(expected, FrenchText.Time(new TimeOnly(hour, minute)));
    }

    [Theory]
    [InlineData("améliorer", "d'améliorer")]
    [InlineData("offrir", "d'offrir")]
    [InlineData("favoriser", "de favoriser")]
    public void De_elides_before_a_vowel(string word, string expected)
    {
        Assert.Equal(expected, FrenchText.De(word));
    }

    [Fact]
    public void The_generator_is_stable_across_runtimes()
    {
        // SplitMix64 reference values: a change here would silently change every demo catalogue.
        var random = new DemoRandom(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
    }

    [Fact]
    public void PickSome_returns_distinct_items_in_order()
    {
        var random = new DemoRandom(42);
        int[] items = [1, 2, 3, 4, 5, 6, 7, 8];

        for (var i = 0; i < 100; i++)
        {
            var picked = random.PickSome(items, 3);
            Assert.Equal(3, picked.Count);
            Assert.Equal(picked.Order(), picked);
            Assert.Equal(3, picked.Distinct().Count());
        }
    }
}
