namespace Plateforme.Search.Moderation;

/// <summary>What a decision did, with what the pages need to tell the call's submitter.</summary>
public sealed record ModerationResult(ModerationOutcome Outcome, Guid CallId, string Title, string Slug, Guid? SubmittedByUserId, Guid? OrganisationId)
{
    public static ModerationResult Missing(Guid callId) => new(ModerationOutcome.NotFound, callId, "", "", null, null);
}
