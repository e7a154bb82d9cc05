namespace Plateforme.Search.Indexing.Lucene;

/// <summary>The index directory is already open for writing, by another process or another instance.</summary>
public sealed class IndexLockedException : Exception
{
    public IndexLockedException()
    {
    }

    public IndexLockedException(string message)
        : base(message)
    {
    }

    public IndexLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
