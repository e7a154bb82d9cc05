using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;

namespace Plateforme.Web.Search;

/// <summary>A funder and one page of its calls, open ones first.</summary>
public sealed record FunderPage(Funder Funder, SearchResult Calls, int OpenCount, SearchQuery Query);
