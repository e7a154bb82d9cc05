namespace Plateforme.Search.Bench;

/// <summary>A temporary folder for the engines' files, deleted when the run ends, whatever happened.</summary>
public sealed class BenchWorkspace : IAsyncDisposable
{
    private BenchWorkspace(string root) => Root = root;

    public string Root { get; }

    public static BenchWorkspace Create() =>
        new(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"plateforme-bench-{Guid.NewGuid():N}")).FullName);

    /// <summary>A fresh sub-folder for one engine.</summary>
    public string FolderFor(string engine) => Directory.CreateDirectory(Path.Combine(Root, engine)).FullName;

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        return ValueTask.CompletedTask;
    }
}
