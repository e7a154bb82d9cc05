using Plateforme.Search.Catalogue;

namespace Plateforme.DemoData;

/// <summary>
/// A deterministic, realistic French catalogue of funding calls for the web demo and the benchmarks.
/// Real funder names with invented calls: every URL points to demo.plateforme.example and every description
/// says the call is fictitious. Same count, seed and day give the same catalogue, identifiers included.
/// </summary>
public static class DemoCatalogue
{
    /// <summary>The <see cref="SourceRecord.SourceId"/> of demo calls.</summary>
    public const string SourceId = "demo";

    private static IReadOnlyList<DemoFunder> AllFunders { get; } =
        [.. DemoStateFunders.All, .. DemoLocalFunders.All, .. DemoPrivateFunders.All];

    /// <summary>Fresh copies of the demo funders (the caller may store or change them).</summary>
    public static IReadOnlyList<Funder> Funders() => AllFunders.Select(f => Copy(f.Funder)).ToList();

    /// <summary>Every funder and <paramref name="count"/> published calls with dates spread around <paramref name="today"/>.</summary>
    public static DemoCatalogueData Generate(int count, int seed, DateOnly today) =>
        new(Funders(), EnumerateCalls(count, seed, today).ToList());

    /// <summary>
    /// The same calls as <see cref="Generate"/>, one at a time, for a benchmark that should not hold them all.
    /// Call <c>i</c> does not depend on <paramref name="count"/>.
    /// </summary>
    public static IEnumerable<FundingCall> EnumerateCalls(int count, int seed, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var factory = new DemoCallFactory(seed, today, AllFunders);
        for (var i = 0; i < count; i++) yield return factory.Create(i);
    }

    private static Funder Copy(Funder funder) => new()
    {
        Slug = funder.Slug,
        Name = funder.Name,
        Kind = funder.Kind,
        Description = funder.Description,
        Website = funder.Website,
        Territory = funder.Territory,
    };
}
