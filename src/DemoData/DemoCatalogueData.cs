using Plateforme.Search.Catalogue;

namespace Plateforme.DemoData;

/// <summary>A generated demo catalogue: every funder, and calls that refer to them by slug.</summary>
public sealed record DemoCatalogueData(IReadOnlyList<Funder> Funders, IReadOnlyList<FundingCall> Calls);
