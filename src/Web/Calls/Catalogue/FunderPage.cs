using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;

namespace Plateforme.Web.Calls.Catalogue;

/// <summary>A funder and one page of its calls, open ones first.</summary>
public sealed record FunderPage(Funder Funder, SearchResult Calls, int OpenCount, SearchQuery Query);
