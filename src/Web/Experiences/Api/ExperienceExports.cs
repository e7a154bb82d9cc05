using System.Globalization;
using System.Text;
using System.Text.Json;
using Plateforme.Experiences.Finding;
using Plateforme.Experiences.Sheets;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Experiences.Api;

/// <summary>The whole published base as open data: CSV (licence on its first line) and GeoJSON (licence as a member).</summary>
internal static class ExperienceExports
{
    private static readonly string[] Columns =
    [
        "slug", "titre", "resume", "territoire", "lieu", "quartier", "qpv", "latitude", "longitude", "thematiques", "innovation",
        "type_porteur", "porteur", "forme_juridique", "partenaires", "contexte", "objectifs", "methode", "mise_en_oeuvre", "moyens_couts",
        "resultats", "points_de_vigilance", "facteurs_cles", "periode", "liens", "contributeur", "source", "derniere_revue",
    ];

    public static async Task<IResult> CsvAsync(ExperienceService sheets, CancellationToken cancellationToken)
    {
        var published = await sheets.PublishedAsync(cancellationToken);
        var csv = new StringBuilder();
        csv.Append("# ").AppendLine(ExperienceUi.ExportLicence);
        csv.AppendLine(string.Join(';', Columns));
        foreach (var s in published)
        {
            string[] values =
            [
                s.Slug, s.Title, s.Summary, s.TerritoryCode, ExperiencePlaces.Label(s), s.Neighbourhood ?? "",
                s.IsPriorityNeighbourhood switch { true => "oui", false => "non", _ => "" },
                s.Latitude?.ToString(CultureInfo.InvariantCulture) ?? "", s.Longitude?.ToString(CultureInfo.InvariantCulture) ?? "",
                string.Join('|', s.ThemeSlugs), s.Innovation is { } c ? ExperienceLabels.InnovationSlug(c) : "", ExperienceLabels.CarrierSlug(s.Carrier),
                s.CarrierName, s.LegalForm, s.Partners, s.Context, s.Objectives, s.Method, s.Implementation, s.MeansAndCosts, s.Results,
                s.PointsOfVigilance, s.KeyFactors, s.Period, s.Links, s.ContributorStructure, s.Source, s.LastReviewedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ];
            csv.AppendLine(string.Join(';', values.Select(Quote)));
        }

        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", "experiences.csv");
    }

    public static async Task<IResult> GeoJsonAsync(ExperienceService sheets, TimeProvider clock, CancellationToken cancellationToken)
    {
        var published = await sheets.PublishedAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var collection = new
        {
            type = "FeatureCollection",
            licence = ExperienceUi.ExportLicence,
            features = published.Select(s => new
            {
                type = "Feature",
                geometry = s.Latitude is { } lat && s.Longitude is { } lon ? new { type = "Point", coordinates = new[] { lon, lat } } : null,
                properties = ExperienceResponse.From(s, today),
            }),
        };
        return Results.Text(JsonSerializer.Serialize(collection, JsonSerializerOptions.Web), "application/geo+json; charset=utf-8", Encoding.UTF8);
    }

    // Formula-looking cells are prefixed so a spreadsheet never runs them.
    private static string Quote(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
