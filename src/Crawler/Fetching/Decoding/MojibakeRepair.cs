using System.Text;

namespace Plateforme.Crawler.Fetching.Decoding;

/// <summary>
/// Undoes UTF-8 that was once read as Windows-1252 and saved again ("dÃ©pÃ´t" → "dépôt", "lâ€™aide" →
/// "l’aide"): each suspicious run is turned back into bytes and kept only if those bytes are valid UTF-8.
/// </summary>
internal static class MojibakeRepair
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Repair(string text)
    {
        // Cheap exit for the usual case: every mojibake run starts with one of Â..ô.
        if (text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') < 0)
        {
            return text;
        }

        var encoding = CharsetDecoder.Windows1252;
        StringBuilder? repaired = null;
        var copiedUpTo = 0;
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var continuations = ContinuationCount(text[i]);
            if (continuations == 0 || i + continuations >= text.Length)
            {
                continue;
            }

            if (!TryAsUtf8(encoding, text.AsSpan(i, continuations + 1), bytes, out var original))
            {
                continue;
            }

            repaired ??= new StringBuilder(text.Length);
            repaired.Append(text, copiedUpTo, i - copiedUpTo).Append(original);
            i += continuations;
            copiedUpTo = i + 1;
        }

        return repaired is null ? text : repaired.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }

    /// <summary>How many continuation bytes a UTF-8 lead byte, seen through Windows-1252, announces.</summary>
    private static int ContinuationCount(char lead) => lead switch
    {
        >= '\u00C2' and <= '\u00DF' => 1,
        >= '\u00E0' and <= '\u00EF' => 2,
        >= '\u00F0' and <= '\u00F4' => 3,
        _ => 0,
    };

    /// <summary>
    /// Only what mojibake in French pages really hides: Latin letters and symbols, typographic
    /// punctuation (’ “ … –), currency (€), letter-like symbols (™) and emoji. A legitimate "à" followed by
    /// a no-break space and "«" is also valid UTF-8 by chance, but decodes to a Samaritan letter.
    /// </summary>
    private static bool IsPlausible(string original)
    {
        var codePoint = char.ConvertToUtf32(original, 0);
        return codePoint is (>= 0x00A0 and <= 0x017F) or (>= 0x2000 and <= 0x218F) or (>= 0x1F000 and <= 0x1FAFF);
    }

    private static bool TryAsUtf8(Encoding windows1252, ReadOnlySpan<char> run, Span<byte> bytes, out string original)
    {
        original = string.Empty;
        foreach (var c in run[1..])
        {
            // A continuation byte 0x80..0xBF shows in Windows-1252 as U+00A0..U+00BF or one of its 0x80..0x9F symbols.
            if (c is >= '\u0020' and <= '\u007F' or >= '\u00C0' and <= '\u00FF')
            {
                return false;
            }
        }

        int written;
        try
        {
            written = windows1252.GetBytes(run, bytes);
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (written != run.Length)
        {
            return false;
        }

        foreach (var b in bytes[1..written])
        {
            if (b is < 0x80 or > 0xBF)
            {
                return false;
            }
        }

        try
        {
            original = StrictUtf8.GetString(bytes[..written]);
            return IsPlausible(original);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
