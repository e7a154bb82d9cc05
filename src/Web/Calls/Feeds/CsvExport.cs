using System.Globalization;
using System.Text;
using Plateforme.Search.Indexing;
using Plateforme.Web.Calls.Catalogue;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Feeds;

/// <summary>
/// A search as a spreadsheet: UTF-8 with a byte order mark and ";" between fields, as a French Excel opens it,
/// amounts in euros with a decimal comma. A cell that would start a formula is prefixed with an apostrophe.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";
    public const string FileName = "appels-a-projets.csv";

    public static byte[] Write(FeedRequest request, IEnumerable<SearchHit> hits, FilterLabels labels)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(labels);
        var csv = new StringBuilder();
        Row(csv, [AlertText.CsvTitle, AlertText.CsvFunders, AlertText.CsvTerritory, AlertText.CsvStatus, AlertText.CsvOpensOn, AlertText.CsvDeadline,
            AlertText.CsvMinAmount, AlertText.CsvMaxAmount, AlertText.CsvThemes, AlertText.CsvBeneficiaries,
            AlertText.CsvPublics, AlertText.CsvDestinations, AlertText.CsvPublicUnstated, AlertText.CsvPublishedAt, AlertText.CsvLink]);
        foreach (var hit in hits)
        {
            var call = hit.Call;
            Row(csv, [
                call.Title,
                string.Join(", ", call.Funders.Select(f => f.Label)),
                string.Join(", ", (call.Territories.Count > 0 ? call.Territories : [call.Territory]).Select(t => t.Label)),
                labels.Value(FacetNames.Status, hit.Status.ToSlug()),
                Date(call.OpensOn),
                Date(call.Deadline),
                Euros(call.MinAmountCents),
                Euros(call.MaxAmountCents),
                string.Join(", ", call.Themes.Select(t => t.Label)),
                string.Join(", ", call.Beneficiaries.Select(b => b.Label)),
                string.Join(", ", call.Publics.Select(p => p.Label)),
                string.Join(", ", call.Destinations.Select(d => labels.Value(FacetNames.Destination, d))),
                hit.PublicUnstated ? AlertText.CsvYes : "",
                TimeZoneInfo.ConvertTime(call.PublishedAt, ParisTime.Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                request.CallPage(call.Slug).AbsoluteUri,
            ]);
        }
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(csv.ToString());
        return [.. preamble, .. body];
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) csv.Append(';');
            csv.Append(Cell(cells[i]));
        }
        csv.Append("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Whole euros, or euros and cents with a comma; never through floating point.</summary>
    private static string Euros(long? cents) => cents switch
    {
        null => "",
        { } c when c % 100 == 0 => (c / 100).ToString(CultureInfo.InvariantCulture),
        { } c => string.Create(CultureInfo.InvariantCulture, $"{c / 100},{Math.Abs(c % 100):00}"),
    };
}
