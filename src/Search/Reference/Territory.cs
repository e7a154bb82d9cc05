namespace Plateforme.Search.Reference;

/// <summary>
/// A perimeter of the official geography: a commune, an EPCI, a département, a région, France or the EU.
/// The parent codes say what encloses it; a commune outside any EPCI (a few islands) has no <see cref="Epci"/>.
/// </summary>
public sealed record Territory(TerritoryCode Code, string Name)
{
    public TerritoryLevel Level => Code.Level;

    /// <summary>The EPCI of a commune.</summary>
    public TerritoryCode? Epci { get; init; }

    /// <summary>The département of a commune, or the one holding most of an EPCI's communes.</summary>
    public TerritoryCode? Departement { get; init; }

    /// <summary>The région of a commune, an EPCI or a département.</summary>
    public TerritoryCode? Region { get; init; }

    /// <summary>Postal codes of a commune (Paris has twenty-one); empty for other levels.</summary>
    public IReadOnlyList<string> PostalCodes { get; init; } = [];

    /// <summary>Inhabitants (INSEE légal population; summed over communes for a département or a région).</summary>
    public long Population { get; init; }
}
