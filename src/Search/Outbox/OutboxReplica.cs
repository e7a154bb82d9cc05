using System.Globalization;

namespace Plateforme.Search.Outbox;

/// <summary>
/// In the multi-node mode with Lucene, each node's index is a replica of its own: it reads the outbox from its own
/// position instead of deleting the rows (the other nodes still need them). The position only moves past rows
/// older than <see cref="Settle"/>, because a row with a smaller id can commit after a larger one; the rows read
/// beyond it are remembered so they are applied once. The position is kept in a file beside the index folder (an
/// index and its position are lost together), and the rows are pruned by age after the cluster's retention: a node
/// whose position is older than that rebuilds its index at start.
/// </summary>
public sealed class OutboxReplica
{
    /// <summary>Longer than any transaction writing a call; a row committed later than this after its insert would be missed.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);

    private readonly HashSet<long> applied = [];
    private readonly string? file;
    private readonly TimeProvider time;
    private DateTimeOffset lastPrune = DateTimeOffset.MinValue;

    /// <param name="enabled">False on one machine and with Elasticsearch: rows are consumed (deleted) once applied.</param>
    /// <param name="file">Where the position is kept; null for an index in memory.</param>
    public OutboxReplica(bool enabled, string? file, TimeSpan retention, TimeProvider time)
    {
        Enabled = enabled;
        this.file = file;
        Retention = retention;
        this.time = time;
        if (enabled) Load();
    }

    /// <summary>One machine: no replica, the rows are consumed.</summary>
    public static OutboxReplica Off { get; } = new(enabled: false, file: null, TimeSpan.FromDays(7), TimeProvider.System);

    public bool Enabled { get; }

    public TimeSpan Retention { get; }

    /// <summary>Every row up to this id is applied to this node's index.</summary>
    public long Position { get; private set; }

    /// <summary>When the position was last written; null when this index never followed the outbox.</summary>
    public DateTimeOffset? SavedAt { get; private set; }

    /// <summary>Rows this node needs may have been pruned while it was away: its index must be rebuilt.</summary>
    public bool IsStale => Enabled && SavedAt is { } saved && saved < time.GetUtcNow() - Retention + Settle;

    /// <summary>The rows enqueued before this instant are settled (no smaller id can still commit).</summary>
    public DateTimeOffset SettledBefore => time.GetUtcNow() - Settle;

    public DateTimeOffset PruneBefore => time.GetUtcNow() - Retention;

    internal bool WasApplied(long id) => id <= Position || applied.Contains(id);

    internal void MarkApplied(IEnumerable<long> ids) => applied.UnionWith(ids);

    /// <summary>Moves the durable position (never backwards, except after a rebuild) and forgets what it covers.</summary>
    internal void Advance(long settled)
    {
        var moved = settled > Position;
        if (moved) Position = settled;
        applied.RemoveWhere(id => id <= Position);
        // Written when it moves, and once a minute anyway so that the file's date says this node is following.
        if (moved || SavedAt is not { } saved || time.GetUtcNow() - saved > TimeSpan.FromMinutes(1)) Save();
    }

    /// <summary>After a rebuild from the database: the index holds everything enqueued before the settled id.</summary>
    internal void ResetAfterRebuild(long settled)
    {
        Position = settled;
        applied.Clear();
        Save();
    }

    internal bool PruneDue()
    {
        var now = time.GetUtcNow();
        if (now - lastPrune < PruneEvery) return false;
        lastPrune = now;
        return true;
    }

    private void Load()
    {
        if (file is null || !File.Exists(file)) return;
        var parts = File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var saved))
        {
            Position = position;
            SavedAt = saved;
        }
    }

    private void Save()
    {
        SavedAt = time.GetUtcNow();
        if (file is null) return;
        // Written aside then moved: a crash leaves the old position (rows replayed), never a torn file.
        var next = file + ".next";
        File.WriteAllText(next, string.Create(CultureInfo.InvariantCulture, $"{Position} {SavedAt.Value:O}"));
        File.Move(next, file, overwrite: true);
    }
}
