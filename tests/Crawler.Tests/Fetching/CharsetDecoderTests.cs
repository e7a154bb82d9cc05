using System.Text;
using Plateforme.Crawler.Fetching.Decoding;

namespace Plateforme.Crawler.Tests.Fetching;

public sealed class CharsetDecoderTests
{
    private const string Sentence = "Date limite de dépôt : 15 décembre";

    private static readonly Encoding Windows1252 = CharsetDecoder.Windows1252;

    [Fact]
    public void Windows1252_bytes_declared_utf8_in_the_header_are_read_as_windows1252()
    {
        var bytes = Windows1252.GetBytes(Sentence);

        Assert.Equal(Sentence, CharsetDecoder.Decode(bytes, "utf-8"));
    }

    [Fact]
    public void Windows1252_bytes_declared_utf8_in_a_meta_tag_are_read_as_windows1252()
    {
        var bytes = Windows1252.GetBytes($"<html><head><meta charset=\"utf-8\"></head><body>{Sentence}</body></html>");

        Assert.Contains(Sentence, CharsetDecoder.Decode(bytes, contentTypeCharset: null), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_bytes_declared_windows1252_are_read_as_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Sentence);

        Assert.Equal(Sentence, CharsetDecoder.Decode(bytes, "windows-1252"));
    }

    [Fact]
    public void Utf8_bytes_declared_iso_8859_1_in_http_equiv_are_read_as_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes($"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>{Sentence} – l’aide</p>");

        Assert.Contains($"{Sentence} – l’aide", CharsetDecoder.Decode(bytes, contentTypeCharset: null), StringComparison.Ordinal);
    }

    [Fact]
    public void Windows1252_declared_correctly_keeps_its_typographic_characters()
    {
        var bytes = Windows1252.GetBytes("l’appel « Œuvres » – 5 000 €");

        Assert.Equal("l’appel « Œuvres » – 5 000 €", CharsetDecoder.Decode(bytes, "ISO-8859-1"));
    }

    [Fact]
    public void Windows1252_without_any_declaration_is_detected()
    {
        var bytes = Windows1252.GetBytes(Sentence);

        Assert.Equal(Sentence, CharsetDecoder.Decode(bytes, contentTypeCharset: null));
    }

    [Fact]
    public void Text_saved_twice_as_utf8_is_repaired()
    {
        // UTF-8 read as Windows-1252 and saved again as UTF-8: the page itself contains "dÃ©pÃ´t".
        var mojibake = Windows1252.GetString(Encoding.UTF8.GetBytes(Sentence + " – l’aide"));
        var bytes = Encoding.UTF8.GetBytes(mojibake);

        Assert.Equal(Sentence + " – l’aide", CharsetDecoder.Decode(bytes, "utf-8"));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x64, 0xC3, 0xA9 }, "iso-8859-1", "dé")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x64, 0x00, 0xE9, 0x00 }, "utf-8", "dé")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x64, 0x00, 0xE9 }, null, "dé")]
    public void A_byte_order_mark_wins_over_any_declaration(byte[] bytes, string? declared, string expected) =>
        Assert.Equal(expected, CharsetDecoder.Decode(bytes, declared));

    [Fact]
    public void An_unknown_charset_name_falls_back_to_the_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(Sentence);

        Assert.Equal(Sentence, CharsetDecoder.Decode(bytes, "x-made-up"));
    }

    [Fact]
    public void An_xml_declaration_is_honoured()
    {
        var bytes = Windows1252.GetBytes($"<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><title>{Sentence}</title></rss>");

        Assert.Contains(Sentence, CharsetDecoder.Decode(bytes, contentTypeCharset: null), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Déjà vu, à « bientôt »", "Déjà vu, à « bientôt »")]
    [InlineData("Ã©tÃ© 2026", "été 2026")]
    [InlineData("lâ€™aide", "l’aide")]
    [InlineData("Â prix", "Â prix")] // a lone Â followed by a space stays
    [InlineData("Ã", "Ã")]
    [InlineData("plain ASCII", "plain ASCII")]
    public void Mojibake_repair_only_touches_real_mojibake(string input, string expected) =>
        Assert.Equal(expected, MojibakeRepair.Repair(input));

    [Fact]
    public void Mojibake_repair_restores_an_emoji()
    {
        var emoji = "Appel 🌹 ouvert";
        var mojibake = Windows1252.GetString(Encoding.UTF8.GetBytes(emoji));

        Assert.Equal(emoji, MojibakeRepair.Repair(mojibake));
    }

    [Fact]
    public void A_legitimate_a_grave_before_a_no_break_space_and_guillemet_is_kept()
    {
        const string Text = "à\u00A0« ici »";

        Assert.Equal(Text, MojibakeRepair.Repair(Text));
    }
}
