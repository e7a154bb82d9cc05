using System.Text;
using System.Text.RegularExpressions;

namespace Plateforme.Crawler.Fetching.Decoding;

/// <summary>
/// Turns a body into text whatever the server claimed: BOM, then the Content-Type charset, then a
/// &lt;meta&gt; or XML declaration near the top; a declaration the bytes contradict loses to the bytes.
/// </summary>
internal static partial class CharsetDecoder
{
    private const int SniffBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = GetWindows1252();

    public static string Decode(ReadOnlySpan<byte> body, string? contentTypeCharset)
    {
        if (TryBom(body, out var bomEncoding, out var bomLength))
        {
            return bomEncoding.GetString(body[bomLength..]);
        }

        var declared = Resolve(contentTypeCharset) ?? Resolve(SniffDeclaration(body));
        string text;
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage)
        {
            // Declared UTF-8, or nothing: the bytes decide. Invalid UTF-8 is almost always Windows-1252.
            text = TryStrictUtf8(body, out var utf8) ? utf8 : Windows1252.GetString(body);
        }
        else if (IsSingleByteWestern(declared) && HasMultiByteSequence(body) && TryStrictUtf8(body, out var utf8Text))
        {
            // Labelled Latin-1/1252 but the bytes are valid UTF-8 with accented letters: legacy text is
            // practically never valid UTF-8 by chance, so the label is the one that is wrong.
            text = utf8Text;
        }
        else
        {
            text = declared.GetString(body);
        }

        return MojibakeRepair.Repair(text);
    }

    /// <summary>The charset parameter of a Content-Type, or of a &lt;meta&gt;, mapped to an encoding; null if unknown.</summary>
    public static Encoding? Resolve(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();

        // As browsers do (WHATWG Encoding): these labels mean Windows-1252, whose extra characters
        // (’ “ ” € œ) French pages use all the time.
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252" or "x-cp1252")
        {
            return Windows1252;
        }

        if (name is "utf8" or "unicode-1-1-utf-8")
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? SniffDeclaration(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, SniffBytes)]);
        var match = MetaCharset().Match(head);
        if (match.Success)
        {
            return match.Groups["charset"].Value;
        }

        match = XmlEncoding().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static bool TryBom(ReadOnlySpan<byte> body, out Encoding encoding, out int length)
    {
        (encoding, length) = body switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding)Encoding.UTF8, 0),
        };
        return length > 0;
    }

    private static bool TryStrictUtf8(ReadOnlySpan<byte> body, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static bool HasMultiByteSequence(ReadOnlySpan<byte> body) => body.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static bool IsSingleByteWestern(Encoding encoding) => encoding.CodePage is 1252 or 28591 or 28605;

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""<\?xml[^>]*?encoding\s*=\s*["'](?<charset>[A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
