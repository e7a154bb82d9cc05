using System.Text;

namespace Plateforme.Web.Calls.Calendar;

/// <summary>
/// Writes iCalendar (RFC 5545) content lines: TEXT values escaped, lines folded at 75 octets without cutting
/// a UTF-8 character, CRLF line ends.
/// </summary>
public sealed class IcsWriter
{
    private const int MaxOctets = 75;

    private readonly StringBuilder text = new();

    public IcsWriter Line(string name, string rawValue)
    {
        Fold(name + ":" + rawValue);
        return this;
    }

    /// <summary>A TEXT property: backslashes, semicolons, commas and line breaks escaped.</summary>
    public IcsWriter Text(string name, string value) => Line(name, Escape(value));

    public override string ToString() => text.ToString();

    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    private void Fold(string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                // A continuation line starts with one space, which counts in its 75 octets.
                text.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }
            text.Append(rune.ToString());
            octets += size;
        }
        text.Append("\r\n");
    }
}
