namespace Plateforme.Search.Indexing;

/// <summary>Facet dimensions, named like the API's filter parameters.</summary>
public static class FacetNames
{
    public const string Beneficiary = "beneficiary";
    public const string Theme = "theme";
    public const string AidType = "aidType";
    public const string Funder = "funder";
    public const string Territory = "territory";
    public const string Status = "status";
    public const string Recurrence = "recurrence";

    /// <summary>The people a project serves (« Public visé »).</summary>
    public const string Public = "public";

    /// <summary>The kind of spending, « fonctionnement » or « investissement » (« Type de dépenses »).</summary>
    public const string Destination = "destination";

    /// <summary>Programmes a call belongs to (« Petites villes de demain »): an open list, see <see cref="Reference.ProgrammeSlugs"/>.</summary>
    public const string Programme = "programme";

    public static IReadOnlyList<string> All { get; } = [Beneficiary, Theme, AidType, Funder, Territory, Status, Recurrence, Public, Destination, Programme];
}
