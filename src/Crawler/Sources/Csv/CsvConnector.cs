using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Sources.Fields;
using Plateforme.Crawler.Sources.Html;

namespace Plateforme.Crawler.Sources.Csv;

/// <summary>
/// Reads CSV open data: one call per row, fields by column name; "a|b" joins several columns
/// (open data often spreads recurring deadlines over "date_limite_1", "date_limite_2"…).
/// </summary>
public sealed class CsvConnector(SourcePageLoader loader) : ISourceConnector
{
    private static readonly JsonSerializerOptions PayloadOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public SourceKind Kind => SourceKind.Csv;

    public async IAsyncEnumerable<RawCall> ReadAsync(
        SourceDefinition definition, SourceRunDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in definition.EntryUrls)
        {
            var page = await loader.LoadAsync(definition, entry, "text/csv, text/plain;q=0.9", diagnostics, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                continue;
            }

            var table = CsvTable.Parse(page.Text);
            var unknown = definition.Fields.MappedFields()
                .SelectMany(pair => FieldMapReader.Atoms(pair.Value))
                .SelectMany(atom => atom.Split('|'))
                .Where(column => !table.HasColumn(column))
                .ToList();
            if (unknown.Count > 0)
            {
                diagnostics.Error($"{page.Url} : colonnes absentes du fichier : {string.Join(", ", unknown.Select(c => $"« {c.Trim()} »"))}.");
            }

            foreach (var row in table.Rows)
            {
                var call = ReadRow(definition, table, row, page, diagnostics);
                if (call is not null)
                {
                    yield return call;
                }
            }
        }
    }

    private static RawCall? ReadRow(SourceDefinition definition, CsvTable table, IReadOnlyList<string> row, LoadedPage page, SourceRunDiagnostics diagnostics)
    {
        var fields = FieldMapReader.Read(definition.Fields, (_, columns) =>
        {
            var values = columns.Split('|')
                .Select(column => table.Cell(row, column)?.Trim())
                .Where(value => !string.IsNullOrEmpty(value))
                .ToList();
            return values.Count == 0 ? null : string.Join(" ; ", values);
        });
        foreach (var name in (string[])[nameof(FieldMap.Link), nameof(FieldMap.ApplicationLink)])
        {
            // After the template is filled: "https://exemple.fr/aides/{id}" is one link, not a link per part.
            fields[name] = HtmlFieldReader.ResolveLink(fields[name], page.Url)?.AbsoluteUri;
        }

        diagnostics.ItemFound(fields.MissingOf(definition.Fields));
        if (fields[nameof(FieldMap.Title)] is not { } title)
        {
            diagnostics.Error($"{page.Url} : une ligne sans titre a été ignorée.");
            return null;
        }

        var link = fields[nameof(FieldMap.Link)] is { } href ? new Uri(href) : null;
        var payload = JsonSerializer.Serialize(
            table.Headers.Select((header, i) => (header, value: i < row.Count ? row[i] : ""))
                .GroupBy(cell => cell.header)
                .ToDictionary(group => group.Key, group => group.First().value),
            PayloadOptions);
        return fields.ToRawCall(definition, link ?? page.Url, fields[nameof(FieldMap.Id)] ?? link?.AbsoluteUri ?? title, title) with
        {
            PageDate = page.Date,
            RawPayload = payload,
        };
    }
}
