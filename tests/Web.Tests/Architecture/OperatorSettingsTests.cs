using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Plateforme.Web.Tests.Architecture;

/// <summary>
/// Every setting an operator is told about (infra/README.md's table) or given (infra/compose.production.yml) names a
/// real option: a misspelt variable is ignored by .NET without a word, and the node would quietly run on its
/// default (Lucene instead of Elasticsearch, no cluster). No Docker here to start the compose file, so its settings
/// are read against the option classes, each found by its SectionName.
/// </summary>
public sealed partial class OperatorSettingsTests
{
    // Sections read by the framework itself, not by an option class of the platform.
    private static readonly string[] FrameworkSections = ["Logging"];

    [Fact]
    public void Every_setting_of_the_compose_file_names_a_real_option()
    {
        var compose = File.ReadAllLines(Path.Combine(RepositoryRoot(), "infra", "compose.production.yml"));

        var keys = compose.Select(l => ComposeSetting().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(keys.Count >= 15, $"only {keys.Count} settings read from the compose file");
        Assert.Contains("Search__Index__Backend", keys);
        AssertAllBind(keys);
    }

    [Fact]
    public void Every_setting_of_the_operators_guide_names_a_real_option()
    {
        var guide = File.ReadAllLines(Path.Combine(RepositoryRoot(), "infra", "README.md"));

        var keys = guide.Where(l => l.StartsWith("| `", StringComparison.Ordinal)).SelectMany(KeysOfRow).Distinct().ToList();

        Assert.True(keys.Count >= 60, $"only {keys.Count} settings read from the guide's table");
        AssertAllBind(keys);
    }

    [Fact]
    public void A_misspelt_setting_is_caught()
    {
        Assert.Null(Unbound("Search__Index__Elasticsearch__Url"));
        Assert.NotNull(Unbound("Search__Index__Elasticsearch__Adress"));
        Assert.NotNull(Unbound("Cluster__Enable"));
        Assert.NotNull(Unbound("Clustre__Enabled"));
        Assert.NotNull(Unbound("Web__ForwardedHeaders__KnownNetworks__first"));
    }

    private static void AssertAllBind(IEnumerable<string> keys)
    {
        var problems = keys.Select(Unbound).OfType<string>().ToList();
        Assert.True(problems.Count == 0, "Settings that no option reads:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// The first column of a row: a full key, then siblings written by their last parts, which take the place of as
    /// many parts of the first (`A__B__C` / `D` is A__B__D; `A__B__N` / `C__N` is A__C__N).
    /// </summary>
    private static IEnumerable<string> KeysOfRow(string row)
    {
        var first = row.Split('|', StringSplitOptions.RemoveEmptyEntries)[0];
        string[]? full = null;
        foreach (Match span in CodeSpan().Matches(first))
        {
            var text = span.Groups[1].Value;
            if (text.StartsWith("__", StringComparison.Ordinal)) continue; // `__1`…, `__<category>`: more of the same key
            var parts = text.Split("__");
            if (IsFullKey(text)) full = parts;
            else if (full is not null && parts.Length < full.Length) parts = [.. full[..^parts.Length], .. parts];
            else continue;
            yield return string.Join("__", parts);
        }
    }

    /// <summary>A key from its section's root (`Web__ForwardedHeaders__KnownProxies__N`), not one relative to the row's first (`KnownNetworks__N`).</summary>
    private static bool IsFullKey(string text)
    {
        var root = text.Split("__")[0];
        return text.Contains("__", StringComparison.Ordinal)
            && (FrameworkSections.Contains(root, StringComparer.OrdinalIgnoreCase) || Sections.Value.Any(s => string.Equals(s.Path[0], root, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Null when the key reaches a settable option property, or why not.</summary>
    private static string? Unbound(string key)
    {
        var path = key.Split("__");
        if (FrameworkSections.Contains(path[0], StringComparer.OrdinalIgnoreCase)) return null;
        var matching = Sections.Value
            .Where(s => s.Path.Length < path.Length && s.Path.Select((part, i) => string.Equals(part, path[i], StringComparison.OrdinalIgnoreCase)).All(same => same))
            .ToList();
        if (matching.Count == 0) return $"{key}: no option class has this section";
        var section = matching.MaxBy(s => s.Path.Length);
        var type = section.Type;
        // A section read as free keys (the sources' secrets, by source id) has no properties to match.
        if (!SettableProperties(type).Any()) return null;
        foreach (var part in path.Skip(section.Path.Length))
        {
            if (ElementType(type, out var keyed) is { } element)
            {
                if (!keyed && !(int.TryParse(part, out _) || part == "N")) return $"{key}: « {part} » is not a list index";
                type = element;
                continue;
            }
            var property = SettableProperties(type).FirstOrDefault(p => string.Equals(p.Name, part, StringComparison.OrdinalIgnoreCase));
            if (property is null) return $"{key}: {type.Name} has no « {part} »";
            type = property.PropertyType;
        }

        return null;
    }

    private static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || IsCollection(p.PropertyType) || p.PropertyType.IsClass && p.PropertyType != typeof(string));

    private static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    /// <summary>The element of a list or dictionary the configuration binder fills, with whether it is keyed by name.</summary>
    private static Type? ElementType(Type type, out bool keyed)
    {
        keyed = false;
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType || !IsCollection(type)) return null;
        var arguments = type.GetGenericArguments();
        keyed = arguments.Length == 2;
        return arguments[^1];
    }

    private static readonly Lazy<List<(string[] Path, Type Type)>> Sections = new(() =>
    [
        .. Directory.EnumerateFiles(AppContext.BaseDirectory, "Plateforme.*.dll")
            .Where(f => !Path.GetFileName(f).Contains(".Tests", StringComparison.Ordinal))
            .Select(f => Assembly.LoadFrom(f))
            .SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
            .Where(t => t.Field is { IsLiteral: true } && t.Field.FieldType == typeof(string))
            .Select(t => (((string)t.Field!.GetRawConstantValue()!).Split(':'), t.Type)),
    ]);

    private static string RepositoryRoot() => Path.GetFullPath(Path.Combine(FeatureBoundaryTests.WebSourceDirectory(), "..", ".."));

    [GeneratedRegex(@"^\s+([A-Za-z][A-Za-z0-9]*(?:__[A-Za-z0-9-]+)+):")]
    private static partial Regex ComposeSetting();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}
