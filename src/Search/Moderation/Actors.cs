namespace Plateforme.Search.Moderation;

/// <summary>How moderation names who changed a call in its history (ids only, never an e-mail address).</summary>
public static class Actors
{
    /// <summary>What a moderator's id becomes once their account is deleted; the prefix still says a person decided.</summary>
    public const string AnonymousModerator = "moderator:anonyme";

    public static string Moderator(Guid userId) => $"moderator:{userId}";

    public static string Organisation(Guid organisationId) => $"organisation:{organisationId}";
}
