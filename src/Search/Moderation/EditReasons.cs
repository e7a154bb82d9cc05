namespace Plateforme.Search.Moderation;

/// <summary>The reasons written in a call's history for its funder's own changes (French: moderators read them).</summary>
public static class EditReasons
{
    public const string DatesByFunder = "Dates modifiées par le financeur";
    public const string Reopened = "Rouvert par le financeur (nouvelle date limite)";
    public const string ProposedByFunder = "Modification proposée par le financeur";
    public const string Closed = "Clôturé par le financeur";
}
