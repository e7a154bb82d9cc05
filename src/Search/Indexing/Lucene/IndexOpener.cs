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
        var directory = FSDirectory.Open(path);
        try
        {
            return OpenOrRecreate(directory, path, options, analyzer, similarity, logger);
        }
        catch (LockObtainFailedException ex)
        {
            directory.Dispose();
            throw new IndexLockedException(
                $"The search index in '{path}' is already open for writing by another process or instance; only one writer may use an index directory.",
                ex);
        }
        catch
        {
            directory.Dispose();
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
        };
        var writer = new IndexWriter(directory, config);
        if (mode == OpenMode.CREATE) writer.Commit();
        return writer;
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
            if (file != IndexWriter.WRITE_LOCK_NAME) directory.DeleteFile(file);
        }
    }
}
