namespace Plateforme.Web.Moderation.Calls;

/// <summary>A moderator's reason: required to refuse a call (told to its organisation), optional to discard a change.</summary>
public sealed class ReasonForm
{
    public string Reason { get; set; } = "";
}
