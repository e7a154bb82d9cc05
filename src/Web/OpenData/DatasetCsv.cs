using System.Globalization;
using System.Text;

namespace Plateforme.Web.OpenData;

/// <summary>The dataset as CSV (RFC 4180, UTF-8 with BOM so a spreadsheet reads the accents; lists joined by « | »).</summary>
internal static class DatasetCsv
{
    private static readonly string[] Header =
    [
        "id", "slug", "titre", "resume", "page", "api", "financeurs", "thematiques", "beneficiaires", "natures_aide", "publics",
        "depenses", "territoires", "statut", "recurrence", "ouverture", "date_limite", "montant_min_centimes", "montant_max_centimes",
        "enveloppe_centimes", "publie_le", "modifie_le", "licence", "attribution", "sources",
    ];

    public static byte[] Write(IReadOnlyList<DatasetCall> calls)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Header).Append("\r\n");
        foreach (var call in calls)
        {
            string[] row =
            [
                call.Id.ToString(), call.Slug, call.Title, call.Summary ?? "", call.PageUrl, call.ApiUrl,
                string.Join(" | ", call.Funders.Select(f => f.Name)), List(call.Themes), List(call.Beneficiaries), List(call.AidTypes),
                List(call.Publics), List(call.Destinations), List(call.Territories), call.Status, call.Recurrence,
                Date(call.OpensOn), Date(call.Deadline), Number(call.MinAmountCents), Number(call.MaxAmountCents), Number(call.EnvelopeCents),
                call.PublishedAt?.ToString("O", CultureInfo.InvariantCulture) ?? "", call.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
                call.Licence, call.Attribution, string.Join(" | ", call.Sources.Select(s => s.Url)),
            ];
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string List(IReadOnlyList<string> values) => string.Join(" | ", values);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Quotes every field that needs it; a leading formula character is defused so a spreadsheet shows text.</summary>
    private static string Quote(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@') field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
