namespace Plateforme.DemoData;

/// <summary>Every demo subject, and those of one theme or sub-theme.</summary>
internal static class DemoSubjects
{
    public static IReadOnlyList<DemoSubject> All { get; } =
        [.. DemoSubjectsPeople.All, .. DemoSubjectsTerritory.All, .. DemoSubjectsPlanet.All];

    private static readonly Dictionary<string, DemoSubject[]> ByTheme =
        All.GroupBy(s => s.Theme, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, DemoSubject[]> BySubTheme =
        All.GroupBy(s => s.SubTheme, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public static IReadOnlyList<DemoSubject> OfTheme(string theme) => ByTheme.GetValueOrDefault(theme) ?? [];

    public static IReadOnlyList<DemoSubject> OfSubTheme(string subTheme) => BySubTheme.GetValueOrDefault(subTheme) ?? [];
}
