using Plateforme.Search.Catalogue;
using Plateforme.Search.Reference;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>French labels of the facet values that have no reference-data label of their own.</summary>
internal static class FacetLabels
{
    public static string OfRecurrence(string slug) => slug switch
    {
        RecurrenceSlugs.OneOff => "Ponctuelle",
        RecurrenceSlugs.Recurring => "Récurrente",
        RecurrenceSlugs.Permanent => "Permanente",
        _ => slug,
    };

    public static string OfDestination(string slug) => ReferenceLists.Default.Destinations.LabelOf(slug);

    public static string OfStatus(CallStatus status) => status switch
    {
        CallStatus.Upcoming => "À venir",
        CallStatus.ClosingSoon => "Clôture proche",
        CallStatus.Closed => "Clos",
        _ => "Ouvert",
    };
}
