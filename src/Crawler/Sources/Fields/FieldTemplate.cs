using System.Text;

namespace Plateforme.Crawler.Sources.Fields;

/// <summary>
/// A field written as a template of several values: "{date_cloture} à {heure_cloture}", "{dispositif} – {intitule}".
/// Each placeholder is read like a whole field of the source's kind (JSON path, column, CSS selector, feed element).
/// A placeholder that finds nothing takes the text written just before it along (so "{date} à {heure}" without an
/// hour gives the date alone); a template whose placeholders all find nothing gives nothing.
/// </summary>
public static class FieldTemplate
{
    public static bool IsTemplate(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var open = spec.IndexOf('{', StringComparison.Ordinal);
        return open >= 0 && spec.IndexOf('}', open + 1) > open + 1;
    }

    /// <summary>The specs inside the braces, in order.</summary>
    public static IReadOnlyList<string> Placeholders(string spec) =>
        [.. Parts(spec).Where(part => part.IsPlaceholder).Select(part => part.Text)];

    public static string? Fill(string spec, Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var text = new StringBuilder();
        var found = false;
        string? pendingLiteral = null;
        foreach (var (isPlaceholder, part) in Parts(spec))
        {
            if (!isPlaceholder)
            {
                pendingLiteral = (pendingLiteral ?? "") + part;
                continue;
            }

            var value = read(part)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                // The literal before an empty placeholder belongs to it ("à" before the hour).
                pendingLiteral = found ? null : pendingLiteral;
                continue;
            }

            text.Append(pendingLiteral).Append(value);
            pendingLiteral = null;
            found = true;
        }

        if (!found) return null;
        text.Append(pendingLiteral);
        var filled = text.ToString().Trim();
        return filled.Length == 0 ? null : filled;
    }

    private static IEnumerable<(bool IsPlaceholder, string Text)> Parts(string spec)
    {
        var position = 0;
        while (position < spec.Length)
        {
            var open = spec.IndexOf('{', position);
            var close = open < 0 ? -1 : spec.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                yield return (false, spec[position..]);
                yield break;
            }

            if (open > position) yield return (false, spec[position..open]);
            yield return (true, spec[(open + 1)..close].Trim());
            position = close + 1;
        }
    }
}
