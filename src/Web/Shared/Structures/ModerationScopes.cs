using System.Collections.Concurrent;
using System.Security.Claims;
using Plateforme.Accounts.Security;
using Plateforme.Accounts.Users;
using Plateforme.Search.Reference;

namespace Plateforme.Web.Shared.Structures;

/// <summary>
/// The one place that says what a person moderates: <see cref="For"/> for pages and endpoints, <see cref="OfStructure"/>
/// for a structure's own pages and e-mails. Expanded scopes are kept per set of territories (a région holds thousands
/// of communes, computed once).
/// </summary>
public sealed class ModerationScopes(TerritoryDirectory directory)
{
    private readonly ConcurrentDictionary<string, TerritoryArea> expanded = new(StringComparer.Ordinal);

    /// <summary>Platform moderators and administrators see everything; a structure's moderators and administrators its territories.</summary>
    public ModerationScope For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsModerator()) return ModerationScope.Whole;
        var moderated = user.Positions().Where(p => p.Moderates).ToList();
        if (moderated.Count == 0) return ModerationScope.Nothing;
        return ModerationScope.Of(Territories(moderated.SelectMany(p => p.Territories)), moderated);
    }

    /// <summary>The territories of one structure, expanded.</summary>
    public TerritoryArea Territories(IEnumerable<string> territories)
    {
        var list = territories.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return expanded.GetOrAdd(string.Join(',', list), _ => new TerritoryArea(list, directory));
    }

    /// <summary>Whether the territory lies inside the structure's territories (for a structure's dashboard or e-mails).</summary>
    public bool OfStructure(IEnumerable<string> structureTerritories, string? territory) => Territories(structureTerritories).Contains(territory);
}
