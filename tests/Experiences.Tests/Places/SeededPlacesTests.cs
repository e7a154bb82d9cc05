using Plateforme.Experiences.Places;
using Plateforme.Experiences.Sheets;
using Plateforme.Experiences.Tests.Support;

namespace Plateforme.Experiences.Tests.Places;

/// <summary>The seeded base on the map: each sheet with a commune or a département stands inside it.</summary>
public sealed class SeededPlacesTests(SeededBase seeded) : IClassFixture<SeededBase>
{
    // Rough bounds (south, north, west, east, in degrees, a little wider than the département) of the seeds' départements.
    private static readonly Dictionary<string, (double South, double North, double West, double East)> Bounds = new()
    {
        ["07"] = (44.2, 45.4, 3.8, 4.9), ["13"] = (43.1, 44.0, 4.2, 5.9), ["21"] = (46.9, 48.1, 4.0, 5.6),
        ["31"] = (42.6, 44.0, 0.4, 2.1), ["33"] = (44.1, 45.6, -1.3, 0.4), ["42"] = (45.2, 46.3, 3.6, 4.8),
        ["45"] = (47.4, 48.4, 1.5, 3.2), ["59"] = (50.0, 51.1, 2.0, 4.3), ["60"] = (49.0, 49.8, 1.6, 3.2),
        ["67"] = (48.1, 49.1, 6.9, 8.3), ["69"] = (45.4, 46.4, 4.2, 5.2), ["80"] = (49.5, 50.4, 1.3, 3.3),
        ["93"] = (48.8, 49.1, 2.2, 2.7), ["95"] = (48.9, 49.3, 1.6, 2.7),
    };

    [Fact]
    public async Task Every_seeded_sheet_of_a_commune_or_a_departement_has_a_point_inside_its_departement()
    {
        var published = await seeded.Store.Sheets.PublishedAsync();
        var placed = published.Where(s => !s.TerritoryCode.StartsWith("nat:", StringComparison.Ordinal)).ToList();

        Assert.True(placed.Count >= 30, $"{placed.Count} seeded sheets have a commune or a département");
        Assert.All(placed, sheet =>
        {
            var departement = Departement(sheet.TerritoryCode);
            var (south, north, west, east) = Bounds[departement];
            Assert.True(sheet.Latitude is { } lat && lat >= south && lat <= north, $"{sheet.SeedKey}: latitude {sheet.Latitude} outside {departement}");
            Assert.True(sheet.Longitude is { } lon && lon >= west && lon <= east, $"{sheet.SeedKey}: longitude {sheet.Longitude} outside {departement}");
        });
    }

    [Fact]
    public async Task National_sheets_stay_off_the_map_rather_than_on_an_invented_point()
    {
        var published = await seeded.Store.Sheets.PublishedAsync();

        var national = published.Where(s => s.TerritoryCode == "nat:FR").ToList();

        Assert.NotEmpty(national);
        Assert.All(national, s => Assert.Null(s.Latitude));
    }

    [Fact]
    public async Task Two_sheets_of_one_commune_share_its_centre_and_sheets_of_different_communes_do_not()
    {
        var published = await seeded.Store.Sheets.PublishedAsync();

        var amiens = published.Where(s => s.TerritoryCode == "com:80021").Select(s => (s.Latitude, s.Longitude)).Distinct().ToList();
        var lille = published.First(s => s.TerritoryCode == "com:59350");

        Assert.Single(amiens);
        Assert.NotEqual(amiens[0], (lille.Latitude, lille.Longitude));
    }

    private static string Departement(string territory) => territory switch
    {
        _ when territory.StartsWith("dep:", StringComparison.Ordinal) => territory[4..],
        _ when territory.StartsWith("com:", StringComparison.Ordinal) => territory[4..6],
        _ => throw new ArgumentException(territory),
    };
}
