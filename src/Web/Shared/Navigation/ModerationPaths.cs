namespace Plateforme.Web.Shared.Navigation;

public static class ModerationPaths
{
    public const string Queue = "/moderation/appels";
    public const string Journal = "/moderation/journal";

    public static string Review(Guid callId) => $"{Queue}/{callId}";

    public static string Change(long changeId) => $"{Queue}/modifications/{changeId}";
}
