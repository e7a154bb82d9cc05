using Plateforme.Experiences.Sheets;
using Plateforme.Search.Reference;

namespace Plateforme.Experiences.Finding;

/// <summary>A sheet's place in the reference territories: its ancestry and its names.</summary>
public static class ExperiencePlaces
{
    /// <summary>The sheet's territory code and every perimeter enclosing it ("com:80021", "epci:…", "dep:80", "reg:32", "nat:FR").</summary>
    public static IReadOnlyList<string> PathOf(Experience sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return TerritoryCode.TryParse(sheet.TerritoryCode, out var code)
            ? TerritoryDirectory.Default.PathOf(code).Select(c => c.ToString()).ToList()
            : [sheet.TerritoryCode];
    }

    /// <summary>« Amiens (Somme) », « France entière ».</summary>
    public static string Label(Experience sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (!TerritoryCode.TryParse(sheet.TerritoryCode, out var code) || code == TerritoryCode.National) return Resources.ExperienceText.PlaceNational;
        var directory = TerritoryDirectory.Default;
        var name = directory.Label(code);
        return directory.Find(code)?.Departement is { } departement ? $"{name} ({directory.Label(departement)})" : name;
    }

    /// <summary>The names a visitor may type: the place, its département and région, and the neighbourhood.</summary>
    internal static string Words(Experience sheet)
    {
        var directory = TerritoryDirectory.Default;
        var names = TerritoryCode.TryParse(sheet.TerritoryCode, out var code)
            ? directory.PathOf(code).Where(c => c.Level != TerritoryLevel.National).Select(directory.Label)
            : [];
        return string.Join(" ", names.Append(sheet.Neighbourhood ?? ""));
    }
}
