namespace Plateforme.Search.Reference;

/// <summary>Slugs of <see cref="ReferenceLists.Destinations"/>: what kind of spending the aid pays for.</summary>
public static class DestinationSlugs
{
    public const string Operating = "fonctionnement";
    public const string Investment = "investissement";
}
