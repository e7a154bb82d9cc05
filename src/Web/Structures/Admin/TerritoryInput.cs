using Plateforme.Search.Reference;
using Plateforme.Search.Text;

namespace Plateforme.Web.Structures.Admin;

/// <summary>
/// Reads a typed list of territories, by name as people write them (« Somme, Hauts-de-France ») or by code
/// (« dep:80 »), separated by commas, semicolons or lines: the known ones normalised to codes, the others to be reported.
/// </summary>
public static class TerritoryInput
{
    public static (List<string> Known, List<string> Unknown) Parse(string? text, TerritoryDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var known = new List<string>();
        var unknown = new List<string>();
        foreach (var part in (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Resolve(part, directory) is { } code)
            {
                known.Add(code.ToString());
                continue;
            }

            // Codes were once typed separated by spaces (« dep:80 reg:32 »): still read them so.
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var codes = words.Select(word => TerritoryCode.TryParse(word, out var c) && directory.IsKnown(c) ? c.ToString() : null).ToList();
            if (words.Length > 1 && codes.All(c => c is not null)) known.AddRange(codes!);
            else unknown.Add(part);
        }

        return (known.Distinct(StringComparer.Ordinal).ToList(), unknown);
    }

    /// <summary>A known code, or a name typed in full (accents and case aside); null when it names nothing known.</summary>
    private static TerritoryCode? Resolve(string text, TerritoryDirectory directory)
    {
        if (TerritoryCode.TryParse(text, out var code)) return directory.IsKnown(code) ? code : null;
        var wanted = FrenchFolding.Fold(text).Trim();
        return directory.Suggest(text.Length > 100 ? text[..100] : text, 10).FirstOrDefault(t => FrenchFolding.Fold(t.Name).Trim() == wanted)?.Code;
    }
}
