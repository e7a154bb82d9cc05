using Plateforme.Search.Indexing;

namespace Plateforme.Alerts.Digests;

/// <summary>
/// Turns a saved query string back into a search, with the same grammar as the results page (the web host
/// provides it): a value the vocabulary no longer knows is dropped, never fails the digest.
/// </summary>
public interface ISavedSearchReader
{
    Task<SearchQuery> ReadAsync(string queryString, CancellationToken cancellationToken = default);
}
