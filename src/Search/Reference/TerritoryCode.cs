using System.Diagnostics.CodeAnalysis;

namespace Plateforme.Search.Reference;

/// <summary>A perimeter written "level:code": "com:80021", "epci:248000531", "dep:80", "reg:32", "nat:FR", "eu:UE".</summary>
public readonly record struct TerritoryCode(TerritoryLevel Level, string Code)
{
    public static TerritoryCode National { get; } = new(TerritoryLevel.National, "FR");
    public static TerritoryCode Europe { get; } = new(TerritoryLevel.Europe, "UE");

    public string Prefix => PrefixOf(Level);

    public override string ToString() => $"{Prefix}:{Code}";

    public static string PrefixOf(TerritoryLevel level) => level switch
    {
        TerritoryLevel.Commune => "com",
        TerritoryLevel.Epci => "epci",
        TerritoryLevel.Departement => "dep",
        TerritoryLevel.Region => "reg",
        TerritoryLevel.National => "nat",
        _ => "eu",
    };

    /// <summary>Parses "level:code"; the code must be made of letters and digits only.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TerritoryCode territory)
    {
        territory = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1) return false;
        var code = text[(colon + 1)..].Trim();
        if (code.Length > 12 || !code.All(char.IsAsciiLetterOrDigit)) return false;
        TerritoryLevel? level = text[..colon].Trim().ToLowerInvariant() switch
        {
            "com" => TerritoryLevel.Commune,
            "epci" => TerritoryLevel.Epci,
            "dep" => TerritoryLevel.Departement,
            "reg" => TerritoryLevel.Region,
            "nat" => TerritoryLevel.National,
            "eu" => TerritoryLevel.Europe,
            _ => null,
        };
        if (level is null) return false;
        territory = new TerritoryCode(level.Value, code.ToUpperInvariant());
        return true;
    }

    public static TerritoryCode Parse(string text) =>
        TryParse(text, out var territory) ? territory : throw new FormatException($"Not a territory code: '{text}'.");
}
