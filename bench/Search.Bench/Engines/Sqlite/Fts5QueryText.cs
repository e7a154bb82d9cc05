using System.Text;

namespace Plateforme.Search.Bench.Engines.Sqlite;

/// <summary>
/// Turns the person's text, in the same simple language as <c>websearch_to_tsquery</c> (words AND-ed,
/// "phrase", -exclusion, OR), into an FTS5 expression in which every term is quoted, so no input can break it.
/// </summary>
public static class Fts5QueryText
{
    /// <summary>Null when nothing searchable is left, or only exclusions (FTS5 cannot start with NOT).</summary>
    public static string? FromUserText(string text)
    {
        var groups = new List<List<string>>();
        var exclusions = new List<string>();
        var joinWithPrevious = false;
        foreach (var (item, negated) in Items(text))
        {
            if (item == "OR" && !negated) { joinWithPrevious = groups.Count > 0; continue; }
            var quoted = Quote(item);
            if (quoted is null) continue;
            if (negated) exclusions.Add(quoted);
            else if (joinWithPrevious) groups[^1].Add(quoted);
            else groups.Add([quoted]);
            joinWithPrevious = false;
        }

        if (groups.Count == 0) return null;
        var positive = string.Join(" AND ", groups.Select(g => g.Count == 1 ? g[0] : $"({string.Join(" OR ", g)})"));
        return exclusions.Count == 0 ? positive : $"{positive} NOT {string.Join(" NOT ", exclusions)}";
    }

    private static IEnumerable<(string Item, bool Negated)> Items(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var negated = text[i] == '-';
            if (negated) i++;
            if (i < text.Length && text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0) end = text.Length;
                yield return (text[(i + 1)..end], negated);
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            yield return (text[start..i], negated);
        }
    }

    /// <summary>Keeps letters and digits (the tokenizer splits on the rest) inside an FTS5 string.</summary>
    private static string? Quote(string item)
    {
        var kept = new StringBuilder(item.Length + 2).Append('"');
        var any = false;
        foreach (var ch in item)
        {
            if (char.IsLetterOrDigit(ch)) { kept.Append(ch); any = true; }
            else kept.Append(' ');
        }

        return any ? kept.Append('"').ToString() : null;
    }
}
