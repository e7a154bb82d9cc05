using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>
/// Reads definition files (embedded in this assembly, or from a folder) and refuses a broken one
/// with every fault listed in French, so a bad edit fails at start rather than at 5 a.m.
/// </summary>
public static class SourceDefinitionLoader
{
    public const int CurrentFormatVersion = 1;

    private const string ResourcePrefix = "Plateforme.Crawler.Definitions.";

    private static readonly string[] RequiredProperties =
        ["formatVersion", "id", "name", "funder", "kind", "entryUrls", "schedule", "licence"];

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>The definitions shipped with the crawler (src/Crawler/Definitions/*.json).</summary>
    public static IReadOnlyList<SourceDefinition> LoadEmbedded()
    {
        var assembly = typeof(SourceDefinitionLoader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Parse(ReadResource(assembly, name), name[ResourcePrefix.Length..]))
            .ToList();
    }

    /// <summary>Every *.json file of a folder, e.g. definitions maintained outside the binary.</summary>
    public static IReadOnlyList<SourceDefinition> LoadDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(File.ReadAllText(path), Path.GetFileName(path)))
            .ToList();

    /// <summary>Parses and validates one file; <paramref name="origin"/> is its name, used in messages and checked against the id.</summary>
    public static SourceDefinition Parse(string json, string origin)
    {
        var missing = MissingProperties(json, origin);
        if (missing.Count > 0)
        {
            throw new SourceDefinitionException(origin, missing);
        }

        SourceDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<SourceDefinition>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new SourceDefinitionException(origin, [DescribeJsonError(ex)]);
        }

        if (definition is null)
        {
            throw new SourceDefinitionException(origin, ["le fichier ne contient pas d'objet JSON (« null »)."]);
        }

        var problems = SourceDefinitionValidator.Validate(definition, origin);
        return problems.Count > 0 ? throw new SourceDefinitionException(origin, problems) : definition;
    }

    private static List<string> MissingProperties(string json, string origin)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ["le fichier doit contenir un objet JSON ({ … })."];
            }

            return RequiredProperties
                .Where(name => !document.RootElement.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                .Select(name => $"la propriété obligatoire « {name} » est absente.")
                .ToList();
        }
        catch (JsonException ex)
        {
            throw new SourceDefinitionException(origin, [DescribeJsonError(ex)]);
        }
    }

    private static string DescribeJsonError(JsonException ex)
    {
        var where = ex.LineNumber is { } line
            ? $"ligne {line + 1}, colonne {(ex.BytePositionInLine ?? 0) + 1}"
            : "position inconnue";
        var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : $" (à « {ex.Path} »)";
        var reason = ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "propriété inconnue : vérifiez son orthographe"
            : "JSON mal formé, ou valeur d'un type inattendu (texte, nombre, liste, ou valeur d'énumération inconnue)";
        return $"{reason}{path}, {where}.";
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} vanished.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
