namespace Plateforme.Lending.Accompaniments;

/// <summary>One financing obtained beside the campaign (a prêt d'honneur, a bank loan…), in cents.</summary>
public sealed class OtherFinancing
{
    public long Id { get; set; }

    public Guid CampaignId { get; set; }

    public FinancingKind Kind { get; set; }

    public long AmountCents { get; set; }

    /// <summary>Who grants it (« Crédit Agricole Brie Picardie », « Initiative Somme »).</summary>
    public string Provider { get; set; } = "";
}
