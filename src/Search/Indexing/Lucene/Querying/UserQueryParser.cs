namespace Plateforme.Search.Indexing.Lucene.Querying;

/// <summary>
/// Reads the simple query language: words are AND-ed, "a phrase" is kept together, -word or -"phrase"
/// excludes, an upper-case OR joins its neighbours. Anything else (Lucene syntax, SQL, emoji, stray quotes)
/// is plain text, so parsing never fails. Only the first <see cref="MaxItems"/> items are read, which
/// keeps a pasted novel as fast as two words.
/// </summary>
internal static class UserQueryParser
{
    public const int MaxItems = 32;

    private const string OrOperator = "OR";

    public static ParsedUserQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return ParsedUserQuery.Empty;

        var required = new List<List<QueryItem>>();
        var excluded = new List<QueryItem>();
        var orPending = false;
        var items = 0;
        var i = 0;
        while (i < text.Length && items < MaxItems)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var negated = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (negated) i++;

            var item = IsQuote(text[i]) ? ReadPhrase(text, ref i) : ReadWord(text, ref i);
            if (item is null) continue;

            if (!negated && !item.IsPhrase && item.Text == OrOperator)
            {
                // A leading or doubled OR has nothing to join: it is dropped.
                orPending = required.Count > 0;
                continue;
            }

            items++;
            if (negated)
            {
                excluded.Add(item);
            }
            else if (orPending)
            {
                required[^1].Add(item);
            }
            else
            {
                required.Add([item]);
            }

            orPending = false;
        }

        return new ParsedUserQuery(required, excluded);
    }

    private static QueryItem? ReadPhrase(string text, ref int i)
    {
        var start = i + 1;
        var end = start;
        while (end < text.Length && !IsQuote(text[end])) end++;

        // An unclosed quote runs to the end of the text.
        i = end + 1;
        var phrase = text[start..end];
        return string.IsNullOrWhiteSpace(phrase) ? null : new QueryItem(phrase, IsPhrase: true, start, end - start);
    }

    private static QueryItem ReadWord(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsQuote(text[i])) i++;
        return new QueryItem(text[start..i], IsPhrase: false, start, i - start);
    }

    /// <summary>Straight, curly and French quotes all open and close a phrase.</summary>
    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';
}
