namespace Plateforme.Faults.Tests.Harness;

/// <summary>Where the repository and the web host's build output are, found from this test assembly's folder.</summary>
public static class RepositoryPaths
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static string Root { get; } = FindRoot();

    public static string ConfigurationName => Configuration;

    /// <summary>The folder of the built <c>Plateforme.Web.dll</c>, of the same configuration as these tests.</summary>
    public static string WebOutput { get; } = Path.Combine(Root, "src", "Web", "bin", Configuration, "net10.0");

    public static string WebAssembly => Path.Combine(WebOutput, "Plateforme.Web.dll");

    public static string FaultsResults => Path.Combine(Root, "bench", "results", "faults.json");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Plateforme.sln"))) return folder.FullName;
        }

        throw new InvalidOperationException("Plateforme.sln not found above " + AppContext.BaseDirectory);
    }
}
