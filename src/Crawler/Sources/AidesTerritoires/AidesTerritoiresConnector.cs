using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Sources.Html;
using Plateforme.Crawler.Sources.Json;

namespace Plateforme.Crawler.Sources.AidesTerritoires;

/// <summary>
/// Reads the aides-territoires public API (/api/aids/): pages of {count, next, previous, results}
/// followed through "next". Its fields are already structured, so they map one to one and lists stay lists
/// (funders, programmes, categories with their theme); the aid's "url" is a path on the site, resolved against
/// the API page. The summary comes from the description: short_title is the catalogue's short title.
/// </summary>
public sealed class AidesTerritoiresConnector(SourcePageLoader loader) : ISourceConnector
{
    public SourceKind Kind => SourceKind.AidesTerritoires;

    public async IAsyncEnumerable<RawCall> ReadAsync(
        SourceDefinition definition, SourceRunDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var paged = definition.Paging.Mode == PagingMode.None
            ? definition with { Paging = definition.Paging with { Mode = PagingMode.NextField, NextField = "next" } }
            : definition;
        await foreach (var (aid, page) in JsonApiConnector.ReadItemsAsync(loader, paged, "$.results[*]", diagnostics, cancellationToken).ConfigureAwait(false))
        {
            var call = ReadAid(definition, aid, page, diagnostics);
            if (call is not null)
            {
                yield return call;
            }
        }
    }

    private static RawCall? ReadAid(SourceDefinition definition, JsonElement aid, LoadedPage page, SourceRunDiagnostics diagnostics)
    {
        string? Text(string path) => JsonPath.Text(aid, path);
        Uri? Link(string path) => HtmlFieldReader.ResolveLink(Text(path), page.Url);
        var funders = Strings(aid, "financers");

        var fields = new ItemFields
        {
            [nameof(FieldMap.Deadline)] = Text("submission_deadline"),
            [nameof(FieldMap.Opening)] = Text("start_date"),
            [nameof(FieldMap.Amount)] = AmountText(aid),
            [nameof(FieldMap.Description)] = Text("description"),
            [nameof(FieldMap.Funder)] = funders.Count == 0 ? null : string.Join('\n', funders),
            [nameof(FieldMap.Beneficiaries)] = Text("targeted_audiences[*]"),
            [nameof(FieldMap.Territory)] = Text("perimeter"),
            [nameof(FieldMap.AidType)] = Text("aid_types[*]"),
            [nameof(FieldMap.ApplicationLink)] = Link("application_url")?.AbsoluteUri,
        };
        var name = Text("name");
        var url = Link("url");
        var missing = new[] { nameof(FieldMap.Deadline), nameof(FieldMap.Funder), nameof(FieldMap.Territory) }
            .Where(field => fields[field] is null).ToList();
        diagnostics.ItemFound(missing);
        if (name is null || url is null || Text("id") is not { } id)
        {
            diagnostics.Error($"{page.Url} : une aide sans identifiant, nom ou adresse a été ignorée.");
            return null;
        }

        return fields.ToRawCall(definition, url, id, name) with
        {
            FunderNames = funders,
            ShortTitle = Text("short_title"),
            ContactHtml = Text("contact"),
            PreDepositText = Text("predeposit_date"),
            DestinationSlugs = AidVocabulary.Destinations(Strings(aid, "destinations")),
            Categories = [.. Strings(aid, "categories").Select(AidCategories.Parse)],
            ProgrammeNames = Strings(aid, "programs"),
            PerimeterScale = Text("perimeter_scale"),
            ProjectExamplesHtml = Text("project_examples"),
            IsCharged = Flag(aid, "is_charged"),
            EuropeanAid = Text("european_aid"),
            SourceUpdatedAt = Instant(Text("date_updated")),
            AttributionMention = Text("import_data_mention"),
            AttributionLicence = Text("import_share_licence"),
            AttributionUrl = Link("import_data_url"),
            OriginUrl = Link("origin_url"),
            EligibilityText = Text("eligibility"),
            RecurrenceText = Text("recurrence"),
            IsCallForProjects = Flag(aid, "is_call_for_project"),
            PageDate = page.Date,
            RawPayload = aid.GetRawText(),
            NumericDateFormat = "yyyy-MM-dd",
        };
    }

    /// <summary>The grant rate bounds, loan and advance amounts and the free comment, in plain French for the amount extractor.</summary>
    private static string? AmountText(JsonElement aid)
    {
        var parts = new List<string>();
        var lower = Number(aid, "subvention_rate_lower_bound");
        var upper = Number(aid, "subvention_rate_upper_bound");
        if (lower is not null || upper is not null)
        {
            parts.Add((lower, upper) switch
            {
                ({ } min, { } max) => $"Taux de subvention : de {min} % à {max} %",
                (null, { } max) => $"Taux de subvention : jusqu'à {max} %",
                ({ } min, null) => $"Taux de subvention : au moins {min} %",
                _ => "",
            });
        }

        if (Number(aid, "loan_amount") is { } loan)
        {
            parts.Add($"Montant du prêt : {loan} €");
        }

        if (Number(aid, "recoverable_advance_amount") is { } advance)
        {
            parts.Add($"Montant de l'avance récupérable : {advance} €");
        }

        if (JsonPath.Text(aid, "subvention_comment") is { } comment)
        {
            parts.Add(comment);
        }

        return parts.Count == 0 ? null : string.Join(". ", parts);
    }

    /// <summary>A list of names, blanks and duplicates left out, in the source's order.</summary>
    private static List<string> Strings(JsonElement aid, string name) =>
        aid.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray()
                .Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => v.GetString()!.Trim())
                .Where(v => v.Length > 0)
                .Distinct(StringComparer.Ordinal)]
            : [];

    private static bool? Flag(JsonElement aid, string name) =>
        aid.TryGetProperty(name, out var flag) && flag.ValueKind is JsonValueKind.True or JsonValueKind.False ? flag.GetBoolean() : null;

    /// <summary>date_updated is ISO 8601 with its offset ("2026-01-06T09:15:02+01:00").</summary>
    private static DateTimeOffset? Instant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? instant : null;

    private static string? Number(JsonElement aid, string name) =>
        aid.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDecimal().ToString(CultureInfo.InvariantCulture)
            : null;
}
