using System.Text.RegularExpressions;

namespace Plateforme.Web.Tests.Architecture;

/// <summary>
/// src/Web is organised by feature: a feature folder (Calls, Lending, Moderation, Admin, Accounts, Alerts) may use
/// Shared/, Resources/ and the modules, never another feature; Shared/ uses no feature at all. The rule is read from
/// the source files themselves (.cs and .razor, _Imports.razor included), so a using, an @using or a fully-qualified
/// name all count.
/// </summary>
public sealed partial class FeatureBoundaryTests
{
    private static readonly string[] Features = ["Calls", "Lending", "Moderation", "Admin", "Accounts", "Alerts", "OpenData", "Seo", "Experiences", "Structures", "Associations", "Opportunities"];

    [Fact]
    public void No_feature_refers_to_another_feature_and_Shared_refers_to_none()
    {
        var web = WebSourceDirectory();
        var violations = new List<string>();
        foreach (var file in SourceFiles(web))
        {
            var relative = Path.GetRelativePath(web, file).Replace('\\', '/');
            var owner = relative.Split('/')[0];
            if (!Features.Contains(owner) && owner != "Shared") continue;
            foreach (Match match in WebNamespace().Matches(File.ReadAllText(file)))
            {
                var target = match.Groups[1].Value;
                if (Features.Contains(target) && target != owner)
                {
                    violations.Add($"{relative} refers to {match.Value} ({owner} → {target})");
                }
            }
        }

        Assert.True(violations.Count == 0, "Features must not depend on each other:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_root_imports_bring_only_Shared_and_Resources()
    {
        var imports = File.ReadAllText(Path.Combine(WebSourceDirectory(), "_Imports.razor"));

        var features = WebNamespace().Matches(imports).Select(m => m.Groups[1].Value).Where(Features.Contains).ToList();

        Assert.Empty(features);
    }

    [Fact]
    public void Every_source_file_lives_in_a_feature_Shared_or_Resources()
    {
        var web = WebSourceDirectory();
        var allowedRoots = Features.Concat(["Shared", "Resources"]).ToHashSet(StringComparer.Ordinal);

        var strays = SourceFiles(web)
            .Select(f => Path.GetRelativePath(web, f).Replace('\\', '/'))
            .Where(f => f.Contains('/', StringComparison.Ordinal) && !allowedRoots.Contains(f.Split('/')[0]))
            .ToList();

        Assert.Empty(strays);
        Assert.True(SourceFiles(web).Count() > 100, "The source files of src/Web were not found.");
    }

    internal static IEnumerable<string> SourceFiles(string web) =>
        Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !IsBuildOutput(Path.GetRelativePath(web, f)));

    private static bool IsBuildOutput(string relative)
    {
        var first = relative.Replace('\\', '/').Split('/')[0];
        return first is "bin" or "obj";
    }

    internal static string WebSourceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var web = Path.Combine(directory.FullName, "src", "Web");
            if (File.Exists(Path.Combine(web, "Plateforme.Web.csproj"))) return web;
        }
        throw new DirectoryNotFoundException("src/Web not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"Plateforme\.Web\.(\w+)")]
    private static partial Regex WebNamespace();
}
