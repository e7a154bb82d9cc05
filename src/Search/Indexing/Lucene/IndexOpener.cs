using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Plateforme.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>
/// Opens the index directory and its single writer. A missing, empty or unreadable index is replaced by an
/// empty one (the catalogue rebuilds it); a directory locked by another writer is an error, never touched.
/// </summary>
internal static class IndexOpener
{
    /// <summary>
    /// Written into every commit. Raised whenever documents are laid out differently (fields, doc values, stored
    /// form) or analysed differently (3: the field's stem overrides; 4: publics, kinds of spending, programmes and
    /// several territories per call; 5: programme names searchable as text), so that an index left by an older version
    /// is rebuilt at start instead of being misread.
    /// </summary>
    internal const string LayoutVersion = "6";

    internal const string LayoutKey = "plateforme.layout";

    public static OpenedIndex Open(LuceneIndexOptions options, Analyzer analyzer, Similarity similarity, ILogger logger)
    {
        if (options.Path is null)
        {
            var memory = new RAMDirectory();
            logger.LogInformation("The search index is kept in memory and starts empty");
            return new OpenedIndex(memory, CreateWriter(memory, OpenMode.CREATE, options, analyzer, similarity), Recreated: true);
        }

        var path = System.IO.Path.GetFullPath(options.Path);
        System.IO.Directory.CreateDirectory(path);
        var guard = DirectoryGuard.Acquire(path, options.WriteLockTimeout);
        var directory = FSDirectory.Open(path);
        try
        {
            return OpenOrRecreate(directory, path, options, analyzer, similarity, logger) with { Guard = guard };
        }
        catch (LockObtainFailedException ex)
        {
            directory.Dispose();
            guard.Dispose();
            throw new IndexLockedException(
                $"The search index in '{path}' is already open for writing by another process or instance; only one writer may use an index directory.",
                ex);
        }
        catch
        {
            directory.Dispose();
            guard.Dispose();
            throw;
        }
    }

    private static OpenedIndex OpenOrRecreate(LuceneDirectory directory, string path, LuceneIndexOptions options, Analyzer analyzer, Similarity similarity, ILogger logger)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            logger.LogWarning("No search index found in {IndexPath}: created an empty one, to be rebuilt from the catalogue", path);
            return new OpenedIndex(directory, CreateWriter(directory, OpenMode.CREATE, options, analyzer, similarity), Recreated: true);
        }

        if (StoredLayout(directory) is var stored && stored != LayoutVersion)
        {
            logger.LogWarning("The search index in {IndexPath} was written in layout {Stored}, this version reads layout {Expected}: replaced by an empty one, to be rebuilt from the catalogue",
                path, stored ?? "(none)", LayoutVersion);
            DeleteIndexFiles(directory);
            return new OpenedIndex(directory, CreateWriter(directory, OpenMode.CREATE, options, analyzer, similarity), Recreated: true);
        }

        IndexWriter? writer = null;
        try
        {
            writer = CreateWriter(directory, OpenMode.APPEND, options, analyzer, similarity);
            CheckReadable(writer);
            return new OpenedIndex(directory, writer, Recreated: false);
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            logger.LogWarning(ex, "The search index in {IndexPath} is unreadable: replaced by an empty one, to be rebuilt from the catalogue", path);
            writer?.Rollback();
            DeleteIndexFiles(directory);
            return new OpenedIndex(directory, CreateWriter(directory, OpenMode.CREATE, options, analyzer, similarity), Recreated: true);
        }
    }

    private static IndexWriter CreateWriter(LuceneDirectory directory, OpenMode mode, LuceneIndexOptions options, Analyzer analyzer, Similarity similarity)
    {
        var config = new IndexWriterConfig(FrenchAnalysis.Version, analyzer)
        {
            OpenMode = mode,
            Similarity = similarity,
            RAMBufferSizeMB = options.RamBufferMegabytes,
            WriteLockTimeout = (long)options.WriteLockTimeout.TotalMilliseconds,

            // Fewer, larger segments than Lucene's default: every search pays per segment (term lookups,
            // scorers, filters), and a catalogue of calls is small enough for the extra merging.
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = 4, MaxMergeAtOnce = 8 },
        };
        var writer = new IndexWriter(directory, config);
        // Commit data is carried by every later commit of this writer.
        writer.SetCommitData(new Dictionary<string, string> { [LayoutKey] = LayoutVersion });
        if (mode == OpenMode.CREATE) writer.Commit();
        return writer;
    }

    /// <summary>The layout recorded in the latest commit; null when unreadable or never recorded.</summary>
    private static string? StoredLayout(LuceneDirectory directory)
    {
        try
        {
            var latest = DirectoryReader.ListCommits(directory).OrderBy(c => c.Generation).Last();
            return latest.UserData.TryGetValue(LayoutKey, out var version) ? version : null;
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            // Unreadable commit points are handled as corruption by the opening that follows.
            return LayoutVersion;
        }
    }

    /// <summary>Opening a reader reads every segment's headers and metadata, where damage shows.</summary>
    private static void CheckReadable(IndexWriter writer)
    {
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (segment.MaxDoc > 0) segment.Document(0);
            if (segment.Fields is not { } fields) continue;
            foreach (var field in fields) fields.GetTerms(field)?.GetEnumerator().MoveNext();
        }
    }

    /// <summary>Anything but a lock held elsewhere, a permission problem or running out of memory means damaged files.</summary>
    private static bool IsCorruption(Exception ex) =>
        ex is not (LockObtainFailedException or UnauthorizedAccessException or OutOfMemoryException or OperationCanceledException);

    private static void DeleteIndexFiles(LuceneDirectory directory)
    {
        foreach (var file in directory.ListAll())
        {
            if (file != IndexWriter.WRITE_LOCK_NAME && file != DirectoryGuard.FileName) directory.DeleteFile(file);
        }
    }
}
