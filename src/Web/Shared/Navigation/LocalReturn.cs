using System.Buffers;
using System.Text;

namespace Plateforme.Web.Shared.Navigation;

/// <summary>
/// The one rule for a return address taken from a request (<c>retour</c>, <c>returnUrl</c>): only a path on this
/// site, never an open redirect. Browsers drop tabs and newlines and read <c>\</c> as <c>/</c>, so <c>/\t/evil</c>
/// or <c>/\evil</c> would become <c>//evil</c>, another site; the checks are made on the text as given and once more
/// percent-decoded.
/// </summary>
public static class LocalReturn
{
    private const int DecodingRounds = 3;

    /// <summary>Whether <paramref name="url"/> is a path of this site: one leading <c>/</c>, no <c>//</c>, no
    /// <c>\</c>, no control character, no whitespace but the spaces of a search in the query (<c>?q=jardin partagé</c>
    /// once decoded), as given and percent-decoded.</summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url)) return false;
        var text = url;
        for (var round = 0; round <= DecodingRounds; round++)
        {
            if (!IsPlainLocalPath(text)) return false;
            var decoded = Uri.UnescapeDataString(text);
            if (decoded == text) return true;
            text = decoded;
        }

        // Still changing after several rounds of decoding: no honest link is encoded that many times.
        return false;
    }

    /// <summary><paramref name="url"/> ready for a <c>Location</c> header when it is local (non-ASCII letters
    /// percent-encoded), otherwise <paramref name="fallback"/>.</summary>
    public static string Or(string? url, string fallback) => IsLocal(url) ? EscapeNonAscii(url!) : fallback;

    private static bool IsPlainLocalPath(string text)
    {
        if (text.Length == 0 || text[0] != '/') return false;
        if (text.Contains("//", StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal)) return false;
        var rest = text.AsSpan();
        var inQuery = false;
        while (!rest.IsEmpty)
        {
            // A lone surrogate cannot be encoded: refuse it rather than send a broken address.
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done) return false;
            inQuery |= rune.Value == '?';
            // Browsers never turn a space into a slash, and only the path decides the site: a multi-word search may stay.
            var searchSpace = inQuery && rune.Value == ' ';
            if (Rune.IsControl(rune) || (Rune.IsWhiteSpace(rune) && !searchSpace)) return false;
            rest = rest[used..];
        }

        return true;
    }

    /// <summary>A header carries ASCII without spaces: <c>/recherche?q=économie</c> goes out as <c>/recherche?q=%C3%A9conomie</c>.</summary>
    private static string EscapeNonAscii(string url)
    {
        if (Ascii.IsValid(url) && !url.Contains(' ', StringComparison.Ordinal)) return url;
        var escaped = new StringBuilder(url.Length * 2);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii && rune.Value != ' ')
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length]) escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return escaped.ToString();
    }
}
