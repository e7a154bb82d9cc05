namespace Plateforme.Search.Catalogue;

/// <summary>A published call read with its sources, and those of its funders the catalogue knows, by slug.</summary>
public sealed record PublishedCall(FundingCall Call, IReadOnlyDictionary<string, Funder> Funders)
{
    /// <summary>The known funders in the order the call lists them.</summary>
    public IReadOnlyList<Funder> FundersInOrder => [.. Call.Funders.Where(Funders.ContainsKey).Select(slug => Funders[slug])];
}
