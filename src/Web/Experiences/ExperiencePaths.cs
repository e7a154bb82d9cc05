namespace Plateforme.Web.Experiences;

/// <summary>The addresses of the experiences' pages and exports.</summary>
public static class ExperiencePaths
{
    public const string Search = "/experiences";
    public const string Mine = "/experiences/mes-fiches";
    public const string New = "/experiences/nouvelle";
    public const string Queue = "/moderation/experiences";
    public const string Import = "/admin/experiences/import";
    public const string ExportCsv = "/api/experiences/export.csv";
    public const string ExportGeoJson = "/api/experiences/export.geojson";

    public static string Sheet(string slug) => $"/experiences/{Uri.EscapeDataString(slug)}";

    public static string SheetPdf(string slug) => $"/experiences/{Uri.EscapeDataString(slug)}/fiche.pdf";

    public static string Edit(Guid id) => $"/experiences/fiches/{id}/modifier";

    public static string History(Guid id) => $"/experiences/fiches/{id}/historique";

    public static string Review(Guid id) => $"/moderation/experiences/{id}";
}
