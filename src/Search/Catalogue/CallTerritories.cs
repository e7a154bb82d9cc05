namespace Plateforme.Search.Catalogue;

/// <summary>
/// A call's perimeters as one list: the lead <see cref="FundingCall.Territory"/> first, then the others, each once.
/// Code that only sets the lead territory (older rows, tests, importers) still gets a list of one.
/// </summary>
public static class CallTerritories
{
    public static IReadOnlyList<string> Of(FundingCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Combine(call.Territory, call.Territories);
    }

    public static IReadOnlyList<string> Combine(string? lead, IEnumerable<string>? others)
    {
        var result = new List<string>();
        foreach (var code in new[] { lead }.Concat(others ?? []))
        {
            var trimmed = code?.Trim();
            if (!string.IsNullOrEmpty(trimmed) && !result.Contains(trimmed, StringComparer.Ordinal)) result.Add(trimmed);
        }
        return result;
    }

    /// <summary>Sets the lead territory and the full list together, so they never disagree.</summary>
    public static void Set(FundingCall call, IReadOnlyList<string> territories)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(territories);
        var list = Combine(null, territories);
        if (list.Count == 0) return;
        call.Territory = list[0];
        call.Territories = [.. list];
    }
}
