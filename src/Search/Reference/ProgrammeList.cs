using Plateforme.Search.Indexing;

namespace Plateforme.Search.Reference;

/// <summary>
/// The national programmes people most often look for, with their French names: what <c>/api/reference/programmes</c>
/// lists and how a programme filter is labelled. Sources may file calls under other programmes; those filter too,
/// by the slug of their name (<see cref="ProgrammeSlugs"/>).
/// </summary>
public static class ProgrammeList
{
    public static ReferenceList Default { get; } = new(FacetNames.Programme,
    [
        Item("Petites villes de demain", "Revitalisation des communes de moins de 20 000 habitants qui jouent un rôle de centralité (ANCT)."),
        Item("Action cœur de ville", "Revitalisation des centres des villes moyennes (ANCT)."),
        Item("Villages d'avenir", "Accompagnement des projets des communes rurales (ANCT)."),
        Item("Territoires d'industrie", "Reconquête industrielle des territoires, portée par les intercommunalités et les régions."),
        Item("LEADER", "Volet du FEADER pour le développement local des territoires ruraux, porté par les groupes d'action locale (GAL)."),
        Item("Fonds vert", "Fonds d'accélération de la transition écologique dans les territoires."),
        Item("Cités éducatives", "Alliances éducatives dans les quartiers prioritaires de la politique de la ville."),
    ]);

    /// <summary>The known name of a programme, or its slug made readable (« fonds-tourisme » → « Fonds tourisme »).</summary>
    public static string LabelOf(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (Default.Find(slug) is { } known) return known.Label;
        var words = slug.Replace('-', ' ').Trim();
        return words.Length == 0 ? slug : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static ReferenceItem Item(string name, string description) => new(ProgrammeSlugs.Of(name), name, description);
}
