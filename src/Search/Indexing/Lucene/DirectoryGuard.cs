using System.Diagnostics;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>
/// Holds a file in the index folder open with no sharing for as long as the index is open, so that a second
/// writer, in this process or another, fails at once. Lucene's own write lock is kept too, but on Linux its
/// lock file can be replaced under a running writer; this file is never deleted, so its lock cannot be.
/// </summary>
internal sealed class DirectoryGuard : IDisposable
{
    public const string FileName = "plateforme-writer.lock";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _stream;

    private DirectoryGuard(FileStream stream) => _stream = stream;

    public static DirectoryGuard Acquire(string folder, TimeSpan timeout)
    {
        var path = Path.Combine(folder, FileName);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new DirectoryGuard(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
            {
                if (clock.Elapsed >= timeout)
                {
                    throw new IndexLockedException(
                        $"The search index in '{folder}' is already open for writing by another process or instance; only one writer may use an index directory.",
                        ex);
                }

                Thread.Sleep(RetryDelay);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
