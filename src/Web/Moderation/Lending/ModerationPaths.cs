namespace Plateforme.Web.Moderation.Lending;

/// <summary>The moderators' lending addresses and the notices a redirect after an action carries.</summary>
public static class ModerationPaths
{
    public const string Board = "/moderation/prets";
    public const string DoneParameter = "fait";

    public static string Campaign(Guid id) => $"/moderation/prets/{id}";

    public static string CampaignDone(Guid id, string done) => $"/moderation/prets/{id}?{DoneParameter}={done}";

    public static string BoardDone(string done) => $"{Board}?{DoneParameter}={done}";
}
