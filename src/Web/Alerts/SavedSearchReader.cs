using Plateforme.Alerts.Digests;
using Plateforme.Search.Indexing;
using Plateforme.Web.Shared.Navigation;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Alerts;

/// <summary>An alert's saved query string read as the results page reads its address.</summary>
internal sealed class SavedSearchReader(SearchRequestReader reader) : ISavedSearchReader
{
    public async Task<SearchQuery> ReadAsync(string queryString, CancellationToken cancellationToken = default)
    {
        var request = await reader.ReadAsync(new Uri("http://localhost" + CallLinks.SearchPath + queryString), cancellationToken);
        return request.Query;
    }
}
