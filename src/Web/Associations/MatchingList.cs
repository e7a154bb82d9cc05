namespace Plateforme.Web.Associations;

/// <summary>
/// The calls fitting an organisation's profile, deadlines first, and the search that finds them (the same
/// filters, for the alert and for the full results page). <see cref="Beneficiary"/> is null when the kind names
/// no beneficiary of the catalogue (a collectivité without a commune, EPCI, département or région territory).
/// </summary>
public sealed record MatchingList(IReadOnlyList<MatchingCall> Calls, int Total, string? Beneficiary, string SearchQuery)
{
    public static MatchingList Empty { get; } = new([], 0, null, "");
}
