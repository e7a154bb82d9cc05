namespace Plateforme.Search.Reference;

/// <summary>Slugs of <see cref="ReferenceLists.Publics"/>: the people a project serves, not who applies for the aid.</summary>
public static class PublicSlugs
{
    public const string Youth = "jeunes";
    public const string Children = "enfants";
    public const string Students = "etudiants";
    public const string Seniors = "seniors";
    public const string Disabled = "personnes-handicapees";
    public const string Women = "femmes";
    public const string PriorityNeighbourhoods = "quartiers-prioritaires";
    public const string Rural = "habitants-zones-rurales";
    public const string JobSeekers = "demandeurs-emploi";
    public const string Families = "familles";
    public const string Precarious = "personnes-precaires";
    public const string Migrants = "personnes-exilees";
    public const string Prisoners = "personnes-detenues";
    public const string Volunteers = "benevoles";
}
