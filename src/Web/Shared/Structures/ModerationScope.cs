using Plateforme.Accounts.Structures;
using Plateforme.Search.Reference;

namespace Plateforme.Web.Shared.Structures;

/// <summary>
/// What one person may see and decide: everything (platform moderators and administrators), or the territories of
/// the structures they moderate. A call or campaign belongs to the scope by its lead territory: the one a call's
/// page shows first, a campaign's only one. Experience sheets (or anything with a territory) use the same check.
/// </summary>
public sealed class ModerationScope
{
    private ModerationScope(bool isWhole, TerritoryArea? territories, IReadOnlyList<StaffPosition> structures)
    {
        IsWhole = isWhole;
        Territories = territories;
        Structures = structures;
    }

    public static ModerationScope Whole { get; } = new(true, null, []);

    public static ModerationScope Nothing { get; } = new(false, null, []);

    public static ModerationScope Of(TerritoryArea territories, IReadOnlyList<StaffPosition> structures) => new(false, territories, structures);

    /// <summary>The platform's whole view.</summary>
    public bool IsWhole { get; }

    /// <summary>Null for the whole view or for nothing.</summary>
    public TerritoryArea? Territories { get; }

    /// <summary>The structures whose scope this is (empty for the whole view).</summary>
    public IReadOnlyList<StaffPosition> Structures { get; }

    /// <summary>Whether a thing with this territory ("level:code") is the person's to see and decide.</summary>
    public bool Covers(string? territory) => IsWhole || Territories?.Contains(territory) == true;

    /// <summary>For a database filter: every "level:code" inside the scope, or null when nothing needs filtering.</summary>
    public IReadOnlySet<string>? Filter => IsWhole ? null : Territories?.Codes ?? new HashSet<string>();
}
