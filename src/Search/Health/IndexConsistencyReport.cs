namespace Plateforme.Search.Health;

/// <summary>
/// The result of <see cref="IndexConsistency"/>: <paramref name="Missing"/> published calls absent from the index,
/// <paramref name="Stale"/> indexed with another title or slug, <paramref name="Extra"/> documents the catalogue does
/// not publish (twins included); <paramref name="Pending"/> calls waiting in the outbox are not held against it.
/// </summary>
public sealed record IndexConsistencyReport(int Published, int Documents, int Pending, int Missing, int Stale, int Extra)
{
    public bool IsConsistent => Missing == 0 && Stale == 0 && Extra == 0;
}
