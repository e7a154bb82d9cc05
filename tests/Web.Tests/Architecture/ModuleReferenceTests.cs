using System.Xml.Linq;

namespace Plateforme.Web.Tests.Architecture;

/// <summary>
/// The module map of docs/architecture.md, read from the project files: references only point down, and a module
/// that is not in this table (a new one) must be placed in it, and in the document, on purpose.
/// </summary>
public sealed class ModuleReferenceTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Data"] = [],
        ["Search"] = ["Data"],
        ["DemoData"] = ["Search"],
        ["Crawler"] = ["Data", "Search"],
        ["Lending"] = ["Data"],
        ["Accounts"] = ["Data"],
        ["Alerts"] = ["Data", "Search", "Accounts"],
        ["Experiences"] = ["Data", "Search"],
        ["Web"] = ["Search", "Crawler", "Accounts", "Lending", "Alerts", "DemoData", "Data", "Experiences"],
    };

    [Fact]
    public void Every_module_references_only_what_the_architecture_allows()
    {
        var violations = new List<string>();
        foreach (var (module, references) in ModuleReferences())
        {
            if (!Allowed.TryGetValue(module, out var allowed))
            {
                violations.Add($"src/{module} is not in the module map (docs/architecture.md and {nameof(ModuleReferenceTests)})");
                continue;
            }

            violations.AddRange(references.Except(allowed).Select(target => $"src/{module} references src/{target}"));
        }

        Assert.True(violations.Count == 0, "References outside the module map:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void No_module_but_the_web_host_references_the_demo_data()
    {
        var users = ModuleReferences().Where(m => m.References.Contains("DemoData")).Select(m => m.Module);

        Assert.Equal(["Web"], users);
    }

    private static List<(string Module, string[] References)> ModuleReferences()
    {
        var src = SourceDirectory();
        var modules = Directory.EnumerateDirectories(src)
            .Select(folder => (Folder: folder, Project: Directory.EnumerateFiles(folder, "*.csproj").SingleOrDefault()))
            .Where(m => m.Project is not null)
            .Select(m => (Module: Path.GetFileName(m.Folder), References: ProjectReferences(m.Project!)))
            .OrderBy(m => m.Module, StringComparer.Ordinal)
            .ToList();
        Assert.True(modules.Count >= 8, "The projects of src/ were not found.");
        return modules;
    }

    private static string[] ProjectReferences(string project) =>
        XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileName(Path.GetDirectoryName(r.Attribute("Include")!.Value.Replace('\\', '/')))!)
            .ToArray();

    private static string SourceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var src = Path.Combine(directory.FullName, "src");
            if (File.Exists(Path.Combine(src, "Web", "Plateforme.Web.csproj"))) return src;
        }
        throw new DirectoryNotFoundException("src not found above " + AppContext.BaseDirectory);
    }
}
