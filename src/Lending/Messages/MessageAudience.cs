namespace Plateforme.Lending.Messages;

public enum MessageAudience
{
    /// <summary>The user named by <see cref="OutgoingMessage.RecipientUserId"/>.</summary>
    User,

    /// <summary>Whoever holds the moderator role.</summary>
    Moderators,
}
