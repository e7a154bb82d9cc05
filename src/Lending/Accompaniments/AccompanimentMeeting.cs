namespace Plateforme.Lending.Accompaniments;

/// <summary>A meeting between the conseiller and the carrier.</summary>
public sealed class AccompanimentMeeting
{
    public long Id { get; set; }

    public Guid CampaignId { get; set; }

    public DateOnly On { get; set; }

    public string Note { get; set; } = "";
}
