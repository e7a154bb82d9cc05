using Microsoft.Extensions.Primitives;
using Plateforme.Experiences.Finding;
using Plateforme.Experiences.Sheets;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Experiences.Finding;

/// <summary>
/// The one reader of the experiences' query string (page, map and API share it): q, theme (repeatable), innovation,
/// territory, carrier, page. Never throws: unknown values come back as French problems by parameter.
/// </summary>
public static class ExperienceQueryParser
{
    public const int MaxTextLength = 200;

    public static (ExperienceQuery Query, Dictionary<string, string[]> Errors) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var text = First(query["q"]);
        if (text.Length > MaxTextLength)
        {
            errors["q"] = [string.Format(FrenchFormat.Culture, ExperienceUi.ErrorTextTooLong, MaxTextLength)];
            text = text[..MaxTextLength];
        }

        var themes = query["theme"].Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (themes.Any(t => !ExperienceThemes.IsKnown(t))) errors["theme"] = [ExperienceUi.ErrorTheme];
        var innovation = Optional(query["innovation"]);
        if (innovation is not null && ExperienceLabels.InnovationFromSlug(innovation) is null) errors["innovation"] = [ExperienceUi.ErrorInnovation];
        var carrier = Optional(query["carrier"]);
        if (carrier is not null && ExperienceLabels.CarrierFromSlug(carrier) is null) errors["carrier"] = [ExperienceUi.ErrorCarrier];
        var territory = Optional(query["territory"]);
        if (territory is not null)
        {
            if (TerritoryCode.TryParse(territory, out var code) && (TerritoryDirectory.Default.IsKnown(code) || code == TerritoryCode.National)) territory = code.ToString();
            else errors["territory"] = [ExperienceUi.ErrorTerritory];
        }

        var page = 1;
        if (Optional(query["page"]) is { } pageText && (!int.TryParse(pageText, System.Globalization.NumberStyles.None, FrenchFormat.Culture, out page) || page < 1 || page > 1000))
        {
            errors["page"] = [ExperienceUi.ErrorPage];
            page = 1;
        }

        return (new ExperienceQuery
        {
            Text = text,
            Themes = themes.Where(ExperienceThemes.IsKnown).ToList(),
            Innovation = errors.ContainsKey("innovation") ? null : innovation,
            Carrier = errors.ContainsKey("carrier") ? null : carrier,
            Territory = errors.ContainsKey("territory") ? null : territory,
            Page = page,
        }, errors);
    }

    /// <summary>The query string of a search, for links that keep the state (facets, pages, the map's list).</summary>
    public static string ToQueryString(ExperienceQuery query, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<KeyValuePair<string, string?>>();
        if (query.Text.Length > 0) parts.Add(new("q", query.Text));
        parts.AddRange(query.Themes.Select(t => new KeyValuePair<string, string?>("theme", t)));
        if (query.Innovation is { } innovation) parts.Add(new("innovation", innovation));
        if (query.Territory is { } territory) parts.Add(new("territory", territory));
        if (query.Carrier is { } carrier) parts.Add(new("carrier", carrier));
        if ((page ?? 1) > 1) parts.Add(new("page", page!.Value.ToString(FrenchFormat.Culture)));
        return parts.Count == 0 ? "" : QueryString.Create(parts).ToString();
    }

    private static string First(StringValues values) => (values.FirstOrDefault() ?? "").Trim();

    private static string? Optional(StringValues values) => First(values) is { Length: > 0 } value ? value : null;
}
