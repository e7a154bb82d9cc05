namespace Plateforme.Web.Lending.Health;

/// <summary>A lending message whose attempts ran out: who was not told what, and why the mail server refused it.</summary>
public sealed record UndeliveredMessageLine(Guid Id, string Kind, Guid CampaignId, string? RecipientUserId, int FailedAttempts, string? LastError,
    DateTimeOffset GivenUpAt);
