namespace Plateforme.Lending.Pledges;

/// <summary>A loan or donation promised to a campaign. Names and address are kept here for the loan contract.</summary>
public sealed class Pledge
{
    public Guid Id { get; init; }
    public Guid CampaignId { get; init; }
    public required string LenderUserId { get; init; }
    public PledgeKind Kind { get; init; }
    public PledgeFunding Funding { get; init; }
    public long AmountCents { get; init; }
    public PledgeStatus Status { get; set; }

    /// <summary>Required for loans (the contract names the lender).</summary>
    public string? LenderName { get; init; }
    public string? AddressLine { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }

    /// <summary>Hidden from the public wall (the carrier and moderators still see the name).</summary>
    public bool Anonymous { get; init; }
    public string? Message { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CollectedAt { get; set; }
    public string? CollectedBy { get; set; }
    public string? PaymentReference { get; set; }
    public DateTimeOffset? LastReminderAt { get; set; }
    public int RemindersSent { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? CloseReason { get; set; }

    /// <summary>Pending and collected pledges count towards the goal.</summary>
    public bool IsActive => Status is PledgeStatus.Pending or PledgeStatus.Collected;
}
