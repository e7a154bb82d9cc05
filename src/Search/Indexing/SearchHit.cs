namespace Plateforme.Search.Indexing;

/// <summary>One result card, drawn from stored index fields.</summary>
public sealed record SearchHit
{
    public required CallDocument Call { get; init; }
    public required CallStatus Status { get; init; }
    public float Score { get; init; }

    /// <summary>True when the call meets only some of the query's words (see <see cref="SearchResult.ApproximateCount"/>).</summary>
    public bool IsApproximate { get; init; }

    /// <summary>An HTML-escaped extract with matched terms inside &lt;mark&gt;…&lt;/mark&gt;; null without query text.</summary>
    public string? Snippet { get; init; }

    /// <summary>Listed after the matching calls because it states no beneficiary or public at all (« public non précisé »).</summary>
    public bool PublicUnstated { get; init; }
}
