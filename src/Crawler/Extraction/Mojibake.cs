using System.Text;

namespace Plateforme.Crawler.Extraction;

/// <summary>
/// Repairs text that was UTF-8 but got decoded as Windows-1252 ("CollectivitÃ©s", "lâ€™association"), a common
/// fault of pages with a wrong or missing charset. Text that does not look broken, or that would not decode
/// cleanly, is returned as it is.
/// </summary>
public static class Mojibake
{
    // Windows-1252 bytes 0x80–0x9F that are not the Latin-1 control characters.
    private static readonly Dictionary<char, byte> Windows1252Specials = new()
    {
        ['€'] = 0x80, ['‚'] = 0x82, ['ƒ'] = 0x83, ['„'] = 0x84, ['…'] = 0x85, ['†'] = 0x86, ['‡'] = 0x87, ['ˆ'] = 0x88,
        ['‰'] = 0x89, ['Š'] = 0x8A, ['‹'] = 0x8B, ['Œ'] = 0x8C, ['Ž'] = 0x8E, ['‘'] = 0x91, ['’'] = 0x92, ['“'] = 0x93,
        ['”'] = 0x94, ['•'] = 0x95, ['–'] = 0x96, ['—'] = 0x97, ['˜'] = 0x98, ['™'] = 0x99, ['š'] = 0x9A, ['›'] = 0x9B,
        ['œ'] = 0x9C, ['ž'] = 0x9E, ['Ÿ'] = 0x9F,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool LooksBroken(string? text) =>
        text is not null && (text.Contains('Ã', StringComparison.Ordinal) || text.Contains("â€", StringComparison.Ordinal) || text.Contains("Â ", StringComparison.Ordinal) || text.Contains('Â', StringComparison.Ordinal));

    public static string? Repair(string? text)
    {
        if (text is null || !LooksBroken(text)) return text;
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c <= 0xFF) bytes[i] = (byte)c;
            else if (Windows1252Specials.TryGetValue(c, out var b)) bytes[i] = b;
            else return text;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return text;
        }
    }
}
