using Plateforme.Search.Indexing;
using Plateforme.Web.Calls.Catalogue;
using Plateforme.Web.Shared.Navigation;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Feeds;

/// <summary>A feed's search read from its query string: the query, its link state and words, and the site's address.</summary>
public sealed record FeedRequest(SearchQuery Query, SearchFilters Filters, string Description, Uri Site)
{
    /// <summary>The results page of this search.</summary>
    public Uri SearchPage => new(Site, Filters.WithPage(1).ToUrl());

    public Uri CallPage(string slug) => new(Site, CallLinks.Detail(slug));

    public Uri Self(string path) => new(Site, Filters.WithPage(1).ToUrl(path));
}
