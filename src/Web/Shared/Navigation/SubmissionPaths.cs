

namespace Plateforme.Web.Shared.Navigation;

public static class SubmissionPaths
{
    public const string MyCalls = "/mes-appels";

    public static string List(Guid organisationId) => $"/organisations/{organisationId}/appels";

    public static string New(Guid organisationId) => $"{List(organisationId)}/nouveau";

    public static string Call(Guid organisationId, Guid callId) => $"{List(organisationId)}/{callId}";
}
