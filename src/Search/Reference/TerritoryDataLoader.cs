using System.Globalization;

namespace Plateforme.Search.Reference;

/// <summary>
/// Reads the territory files embedded from @etalab/decoupage-administratif (see Data/LICENCE-decoupage-administratif.md).
/// Lines are tab-separated; a line starting with '#' is the header.
/// </summary>
internal static class TerritoryDataLoader
{
    public static Dictionary<TerritoryCode, Territory> Load()
    {
        var regionRows = Rows(EmbeddedReferenceData.ReadText("regions.tsv"), 2);
        var departementRows = Rows(EmbeddedReferenceData.ReadText("departements.tsv"), 3);
        var epciRows = Rows(EmbeddedReferenceData.ReadText("epci.tsv"), 4);

        // One TerritoryCode per parent, shared by every child: a few hundred strings instead of a hundred thousand.
        var regionCodes = regionRows.ToDictionary(r => r[0], r => new TerritoryCode(TerritoryLevel.Region, r[0]), StringComparer.Ordinal);
        var departementCodes = departementRows.ToDictionary(r => r[0], r => new TerritoryCode(TerritoryLevel.Departement, r[0]), StringComparer.Ordinal);
        var epciCodes = epciRows.ToDictionary(r => r[0], r => new TerritoryCode(TerritoryLevel.Epci, r[0]), StringComparer.Ordinal);
        var regionOfDepartement = departementRows.ToDictionary(r => r[0], r => regionCodes[r[2]], StringComparer.Ordinal);

        var territories = new Dictionary<TerritoryCode, Territory>(40_000);
        var departementPopulation = new Dictionary<string, long>(StringComparer.Ordinal);
        LoadCommunes(territories, departementCodes, regionOfDepartement, epciCodes, departementPopulation);

        foreach (var row in epciRows)
        {
            var departement = departementCodes[row[2]];
            territories.Add(epciCodes[row[0]], new Territory(epciCodes[row[0]], row[1])
            {
                Departement = departement,
                Region = regionOfDepartement[departement.Code],
                Population = ParseLong(row[3]),
            });
        }

        var regionPopulation = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in departementRows)
        {
            var population = departementPopulation.GetValueOrDefault(row[0]);
            var region = regionOfDepartement[row[0]];
            regionPopulation[region.Code] = regionPopulation.GetValueOrDefault(region.Code) + population;
            territories.Add(departementCodes[row[0]], new Territory(departementCodes[row[0]], row[1]) { Region = region, Population = population });
        }

        foreach (var row in regionRows)
        {
            territories.Add(regionCodes[row[0]], new Territory(regionCodes[row[0]], row[1]) { Population = regionPopulation.GetValueOrDefault(row[0]) });
        }

        territories.Add(TerritoryCode.National, new Territory(TerritoryCode.National, "France") { Population = regionPopulation.Values.Sum() });
        territories.Add(TerritoryCode.Europe, new Territory(TerritoryCode.Europe, "Union européenne"));
        return territories;
    }

    private static void LoadCommunes(
        Dictionary<TerritoryCode, Territory> territories,
        Dictionary<string, TerritoryCode> departementCodes,
        Dictionary<string, TerritoryCode> regionOfDepartement,
        Dictionary<string, TerritoryCode> epciCodes,
        Dictionary<string, long> departementPopulation)
    {
        var departementLookup = departementCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        var epciLookup = epciCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        var postalCodePool = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Range> fields = stackalloc Range[7];
        Span<Range> postalRanges = stackalloc Range[32];

        foreach (var line in EmbeddedReferenceData.ReadText("communes.tsv.gz").AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#') continue;
            if (line.Split(fields, '\t') != 6) throw new InvalidDataException($"Bad commune line: '{line}'.");
            var departement = departementLookup[line[fields[2]]];
            var epciField = line[fields[3]];
            var population = ParseLong(line[fields[5]]);

            var postalField = line[fields[4]];
            var postalCodes = new string[postalField.IsEmpty ? 0 : postalField.Split(postalRanges, ',')];
            for (var i = 0; i < postalCodes.Length; i++)
            {
                var postal = postalField[postalRanges[i]];
                if (!postalCodePool.TryGetValue(postal, out var pooled))
                {
                    pooled = postal.ToString();
                    postalCodePool.Dictionary.Add(pooled, pooled);
                }
                postalCodes[i] = pooled;
            }

            var code = new TerritoryCode(TerritoryLevel.Commune, line[fields[0]].ToString());
            territories.Add(code, new Territory(code, line[fields[1]].ToString())
            {
                Epci = epciField.IsEmpty ? null : epciLookup[epciField],
                Departement = departement,
                Region = regionOfDepartement[departement.Code],
                PostalCodes = postalCodes,
                Population = population,
            });
            departementPopulation[departement.Code] = departementPopulation.GetValueOrDefault(departement.Code) + population;
        }
    }

    private static List<string[]> Rows(string text, int columns)
    {
        var rows = new List<string[]>();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#') continue;
            var row = line.ToString().Split('\t');
            if (row.Length != columns) throw new InvalidDataException($"Expected {columns} columns: '{line}'.");
            rows.Add(row);
        }
        return rows;
    }

    private static long ParseLong(ReadOnlySpan<char> text) =>
        text.IsEmpty ? 0 : long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
