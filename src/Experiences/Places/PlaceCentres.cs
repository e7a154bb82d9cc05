using System.Globalization;
using System.IO.Compression;

namespace Plateforme.Experiences.Places;

/// <summary>
/// The centre of a territory, where the map places a sheet that gives no point of its own: a commune's GeoNames
/// populated place, or a département's or région's chef-lieu (Places/Data/LICENCE-place-centres.md says the sources).
/// </summary>
public sealed class PlaceCentres
{
    private readonly Dictionary<string, GeoPoint> centres;

    private PlaceCentres(Dictionary<string, GeoPoint> centres) => this.centres = centres;

    private static readonly Lazy<PlaceCentres> Embedded = new(Load);

    /// <summary>The centres shipped in the assembly.</summary>
    public static PlaceCentres Default => Embedded.Value;

    public int Count => centres.Count;

    /// <summary>The centre of "com:80021", "dep:80" or "reg:32"; null for a place without one (small communes, overseas, "nat:FR").</summary>
    public GeoPoint? Find(string? territoryCode) =>
        territoryCode is not null && centres.TryGetValue(territoryCode.Trim(), out var point) ? point : null;

    private static PlaceCentres Load()
    {
        using var stream = typeof(PlaceCentres).Assembly.GetManifestResourceStream("Plateforme.Experiences.place-centres.tsv.gz")
            ?? throw new InvalidOperationException("The place centres are not embedded.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var centres = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            centres[parts[0]] = new GeoPoint(
                double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
        }

        return new PlaceCentres(centres);
    }
}
