namespace Plateforme.Web.Moderation.Lending;

/// <summary>A moderator's refusal: the reason is recorded in the campaign's history and told to the carrier.</summary>
public sealed class RejectForm
{
    public string Reason { get; set; } = "";
}
