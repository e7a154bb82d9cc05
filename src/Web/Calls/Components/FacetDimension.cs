using Plateforme.Search.Indexing;

namespace Plateforme.Web.Calls.Components;

/// <summary>One filter dimension of the results page: its query parameter ("theme", "funder"…), its values with their counts.</summary>
/// <param name="Open">Whether its section starts unfolded.</param>
public sealed record FacetDimension(string Name, string Title, IReadOnlyList<FacetCount> Values, bool Open = true);
