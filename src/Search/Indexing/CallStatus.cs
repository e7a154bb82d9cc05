namespace Plateforme.Search.Indexing;

/// <summary>
/// Where a call stands today. Derived from its dates at query time (Europe/Paris), never stored.
/// "Closing soon" is a part of "open": an open call whose deadline is at most 14 days away.
/// </summary>
public enum CallStatus
{
    Upcoming,
    Open,
    ClosingSoon,
    Closed,
}
