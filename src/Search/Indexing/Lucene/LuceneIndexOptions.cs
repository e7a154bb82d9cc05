using System.ComponentModel.DataAnnotations;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>Settings of the embedded Lucene.Net index (configuration section "Search:Lucene").</summary>
public sealed class LuceneIndexOptions
{
    public const string SectionName = "Search:Lucene";

    /// <summary>Folder of the index ("./data/index"); null keeps the index in memory (tests, demos).</summary>
    public string? Path { get; set; }

    /// <summary>Memory for buffered documents before they are flushed to a segment.</summary>
    [Range(1, 2048)]
    public double RamBufferMegabytes { get; set; } = 48;

    /// <summary>Longest time a change may wait before searches see it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan MaxStaleness { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Shortest time between two reopenings when someone waits for a change.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:10")]
    public TimeSpan MinStaleness { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>How long to wait for the directory's write lock before failing.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan WriteLockTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Values returned per facet dimension at most, the most frequent first.</summary>
    [Range(1, 10_000)]
    public int MaxFacetValues { get; set; } = 200;
}
