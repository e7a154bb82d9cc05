using Plateforme.Lending.Receipts;

namespace Plateforme.Lending.Tests.Receipts;

public sealed class FrenchAmountWordsTests
{
    [Theory]
    [InlineData(0L, "zéro euro")]
    [InlineData(100L, "un euro")]
    [InlineData(50L, "cinquante centimes")]
    [InlineData(12_345L, "cent vingt-trois euros et quarante-cinq centimes")]
    [InlineData(2_100L, "vingt et un euros")]
    [InlineData(7_100L, "soixante et onze euros")]
    [InlineData(8_000L, "quatre-vingts euros")]
    [InlineData(8_100L, "quatre-vingt-un euros")]
    [InlineData(9_900L, "quatre-vingt-dix-neuf euros")]
    [InlineData(20_000L, "deux cents euros")]
    [InlineData(20_100L, "deux cent un euros")]
    [InlineData(100_000L, "mille euros")]
    [InlineData(8_000_000L, "quatre-vingt mille euros")]
    [InlineData(150_001L, "mille cinq cents euros et un centime")]
    [InlineData(100_000_000L, "un million d'euros")]
    [InlineData(123_456_789L, "un million deux cent trente-quatre mille cinq cent soixante-sept euros et quatre-vingt-neuf centimes")]
    public void An_amount_is_written_in_french_words(long cents, string expected) =>
        Assert.Equal(expected, FrenchAmountWords.Euros(cents));
}
