using System.Globalization;
using System.Net;
using System.Text;

namespace Plateforme.Crawler.Tests.Extraction.Corpus;

/// <summary>
/// One call text of the hand-labelled corpus: the paragraphs as a funder publishes them and the fields a reader
/// would put in the catalogue. Amounts are whole euros; a field left out of the file is expected empty.
/// </summary>
public sealed record CorpusCase(string Name, string SourceFile, DateOnly PageDate, string Text, IReadOnlyDictionary<string, string> Expected)
{
    /// <summary>The fields every case is scored on, in report order.</summary>
    public static readonly string[] Fields = ["deadline", "opens", "min", "max", "envelope", "rate-min", "rate-max", "winners", "recurrence"];

    /// <summary>The text as a page shows it: paragraphs on blank lines, hard line breaks as &lt;br&gt;.</summary>
    public string Html
    {
        get
        {
            var html = new StringBuilder();
            foreach (var paragraph in Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                html.Append("<p>").Append(string.Join("<br>\n", paragraph.Split('\n').Select(WebUtility.HtmlEncode))).Append("</p>\n");
            }
            return html.ToString();
        }
    }

    public string ExpectedOf(string field) => Expected.TryGetValue(field, out var value) ? value : field == "recurrence" ? "ponctuelle" : "";

    /// <summary>Every case of every <c>*.txt</c> file of the folder: "=== name", "key: value" lines, "---", the text.</summary>
    public static IReadOnlyList<CorpusCase> LoadAll(string folder)
    {
        var cases = new List<CorpusCase>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var blocks = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n=== ");
            foreach (var block in blocks.Skip(1))
            {
                cases.Add(Parse(block, Path.GetFileName(file)));
            }
        }
        return cases;
    }

    private static CorpusCase Parse(string block, string file)
    {
        var separator = block.IndexOf("\n---\n", StringComparison.Ordinal);
        if (separator < 0) throw new FormatException($"{file}: a case without '---' line: {block[..Math.Min(40, block.Length)]}");
        var header = block[..separator].Split('\n');
        var name = header[0].Trim();
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        DateOnly? pageDate = null;
        foreach (var line in header.Skip(1).Where(l => l.Trim().Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (key == "page-date") pageDate = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            else if (Fields.Contains(key)) expected[key] = value;
            else throw new FormatException($"{file}/{name}: unknown field '{key}'");
        }
        var text = block[(separator + 5)..].Trim('\n');
        return new CorpusCase(name, file, pageDate ?? throw new FormatException($"{file}/{name}: no page-date"), text, expected);
    }
}
