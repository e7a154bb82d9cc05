using System.Text;

namespace Plateforme.Crawler.Sources.Csv;

/// <summary>
/// An RFC 4180 table: quoted fields with doubled quotes, commas, separators and line breaks
/// inside quotes, CRLF or LF rows. The separator (";", "," or tab) is the most frequent one
/// outside quotes in the header line; header names are trimmed (open data often pads them).
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, char separator)
    {
        Headers = headers;
        Rows = rows;
        Separator = separator;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            _columns.TryAdd(headers[i], i);
        }
    }

    public IReadOnlyList<string> Headers { get; }
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
    public char Separator { get; }

    public static CsvTable Parse(string text)
    {
        text = text.TrimStart('\uFEFF');
        var separator = DetectSeparator(text);
        var records = ReadRecords(text, separator).Where(record => record.Any(field => field.Length > 0)).ToList();
        if (records.Count == 0)
        {
            return new CsvTable([], [], separator);
        }

        var headers = records[0].Select(header => header.Trim()).ToList();
        return new CsvTable(headers, records.Skip(1).ToList(), separator);
    }

    /// <summary>The cell of <paramref name="row"/> under <paramref name="column"/> (case and padding ignored), or null.</summary>
    public string? Cell(IReadOnlyList<string> row, string column) =>
        _columns.TryGetValue(column.Trim(), out var index) && index < row.Count ? row[index] : null;

    public bool HasColumn(string column) => _columns.ContainsKey(column.Trim());

    private static char DetectSeparator(string text)
    {
        var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                break;
            }
            else if (!quoted && counts.ContainsKey(c))
            {
                counts[c]++;
            }
        }

        return counts.MaxBy(pair => pair.Value).Value == 0 ? ',' : counts.MaxBy(pair => pair.Value).Key;
    }

    private static IEnumerable<List<string>> ReadRecords(string text, char separator)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                yield return record;
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
