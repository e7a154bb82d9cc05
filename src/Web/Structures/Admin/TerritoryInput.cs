using Plateforme.Search.Reference;

namespace Plateforme.Web.Structures.Admin;

/// <summary>Reads a typed list of territories ("dep:80, reg:32"): the known ones normalised, the others to be reported.</summary>
public static class TerritoryInput
{
    public static (List<string> Known, List<string> Unknown) Parse(string? text, TerritoryDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var known = new List<string>();
        var unknown = new List<string>();
        foreach (var part in (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TerritoryCode.TryParse(part, out var code) && directory.IsKnown(code)) known.Add(code.ToString());
            else unknown.Add(part);
        }

        return (known.Distinct(StringComparer.Ordinal).ToList(), unknown);
    }
}
