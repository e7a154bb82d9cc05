using System.Text.Json;

namespace Plateforme.Experiences.Seeding;

/// <summary>The real experiences the seed documents describe, embedded in the assembly.</summary>
internal static class ReferenceSheets
{
    private static readonly Lazy<IReadOnlyList<SeedSheet>> Sheets = new(Load);

    public static IReadOnlyList<SeedSheet> All => Sheets.Value;

    private static IReadOnlyList<SeedSheet> Load()
    {
        using var stream = typeof(ReferenceSheets).Assembly.GetManifestResourceStream("Plateforme.Experiences.experiences.json")
            ?? throw new InvalidOperationException("The reference experiences are not embedded.");
        return JsonSerializer.Deserialize(stream, SeedSheetJsonContext.Default.ListSeedSheet) ?? [];
    }
}
