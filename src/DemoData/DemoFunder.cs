using Plateforme.Search.Catalogue;

namespace Plateforme.DemoData;

/// <summary>
/// A funder of the demo catalogue and how it writes calls: its name as a sentence subject ("La Région
/// Hauts-de-France") and after "de" ("de la Région Hauts-de-France"), the themes it funds, the perimeters
/// of its calls (a code listed twice is drawn twice as often) and its weight among all funders.
/// </summary>
internal sealed record DemoFunder(
    Funder Funder,
    string Subject,
    string Of,
    string Service,
    int Weight,
    DemoFunding Funding,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Places,
    IReadOnlyList<DemoProgramme> Programmes)
{
    public string Slug => Funder.Slug;

    public static DemoFunder Create(
        string slug, string name, string kind, string territory, string subject, string of, string service, int weight,
        DemoFunding funding, string[] themes, string[] places, string description, params DemoProgramme[] programmes) =>
        new(
            new Funder
            {
                Slug = slug,
                Name = name,
                Kind = kind,
                Territory = territory,
                Description = description,
                Website = $"https://demo.plateforme.example/financeurs/{slug}",
            },
            subject, of, service, weight, funding, themes, places, programmes);
}
