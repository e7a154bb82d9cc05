namespace Plateforme.Web.Shared.Navigation;

/// <summary>An organisation's profile, its matching calls and its applications (the Associations feature).</summary>
public static class AssociationPaths
{
    public static string Profile(Guid organisationId) => $"/organisations/{organisationId}/profil";

    public static string MatchingCalls(Guid organisationId) => $"/organisations/{organisationId}/pour-mon-association";

    public static string Applications(Guid organisationId) => $"/organisations/{organisationId}/candidatures";

    public static string Application(Guid organisationId, Guid applicationId) => $"{Applications(organisationId)}/{applicationId}";
}
