using Plateforme.Search.Moderation;

namespace Plateforme.Search.Tests.Moderation;

public sealed class DescriptionSanitizerTests
{
    [Theory]
    [InlineData("Un paragraphe.\r\n\r\nUn autre\r\nsur deux lignes.", "<p>Un paragraphe.</p><p>Un autre<br>sur deux lignes.</p>")]
    [InlineData("Avec du <strong>gras</strong> et <script>alert(1)</script>.", "<p>Avec du <strong>gras</strong> et .</p>")]
    [InlineData("<p onclick=\"x()\">Cliquez <a href=\"javascript:alert(1)\">ici</a></p><iframe src=\"https://x\"></iframe>", "<p>Cliquez <a>ici</a></p>")]
    [InlineData("<ul><li>Un</li><li>Deux</li></ul>", "<ul><li>Un</li><li>Deux</li></ul>")]
    public void Sanitize_keeps_a_small_safe_set_of_tags_and_makes_paragraphs_of_plain_text(string input, string expected)
    {
        Assert.Equal(expected, DescriptionSanitizer.Sanitize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p> </p>")]
    public void Sanitize_gives_nothing_when_nothing_readable_is_left(string? input)
    {
        Assert.Null(DescriptionSanitizer.Sanitize(input));
    }
}
