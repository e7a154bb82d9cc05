using System.Globalization;
using System.Text;

namespace Plateforme.Crawler.Fetching.Robots;

/// <summary>robots.txt path matching: prefix match, '*' for any run of characters, '$' anchoring the end.</summary>
internal static class PathPattern
{
    public static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;

        // Classic wildcard matching with one backtrack point per '*'; a pattern without '$' is a prefix,
        // which is the same as a pattern ending with '*'.
        int p = 0, s = 0, starAt = -1, resumeAt = 0;
        while (s < path.Length)
        {
            if (p == body.Length && !anchored)
            {
                return true;
            }

            if (p < body.Length && body[p] == '*')
            {
                starAt = p++;
                resumeAt = s;
            }
            else if (p < body.Length && body[p] == path[s])
            {
                p++;
                s++;
            }
            else if (starAt >= 0)
            {
                p = starAt + 1;
                s = ++resumeAt;
            }
            else
            {
                return false;
            }
        }

        while (p < body.Length && body[p] == '*')
        {
            p++;
        }

        return p == body.Length;
    }

    /// <summary>
    /// Brings a pattern or a path to one spelling: non-ASCII characters as UTF-8 percent-encodings,
    /// percent-encodings in upper case, and encoded unreserved characters decoded (RFC 3986 §6.2.2).
    /// </summary>
    public static string Normalise(string value)
    {
        var builder = new StringBuilder(value.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                var decoded = (char)int.Parse(value.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (char.IsAsciiLetterOrDigit(decoded) || decoded is '-' or '.' or '_' or '~')
                {
                    builder.Append(decoded);
                }
                else
                {
                    builder.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                }

                i += 2;
            }
            else if (c > 0x7F)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < value.Length
                    ? Encoding.UTF8.GetBytes(value.AsSpan(i++, 2), utf8)
                    : Encoding.UTF8.GetBytes(value.AsSpan(i, 1), utf8);
                foreach (var b in utf8[..length])
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
