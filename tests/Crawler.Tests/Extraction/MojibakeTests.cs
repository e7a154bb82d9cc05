using Plateforme.Crawler.Extraction;

namespace Plateforme.Crawler.Tests.Extraction;

public sealed class MojibakeTests
{
    [Theory]
    [InlineData("CollectivitÃ©s et Ã©tablissements publics", "Collectivités et établissements publics")]
    [InlineData("lâ€™association", "l’association")]
    [InlineData("Date limite : 15 dÃ©cembre", "Date limite : 15 décembre")]
    [InlineData("Jusqu'Ã\u00A0 5 000 â‚¬", "Jusqu'à 5 000 €")]
    public void Text_decoded_with_the_wrong_charset_is_repaired(string broken, string expected)
    {
        Assert.Equal(expected, Mojibake.Repair(broken));
    }

    [Theory]
    [InlineData("Collectivités et établissements publics")]
    [InlineData("Ãtre ou ne pas être")]
    [InlineData(null)]
    public void Sound_text_or_text_that_cannot_be_repaired_is_left_alone(string? text)
    {
        Assert.Equal(text, Mojibake.Repair(text));
    }
}
