namespace Plateforme.Lending.Campaigns;

/// <summary>
/// What a carrier fills in. Validation errors are keyed by these property names. <paramref name="Story"/> is rich
/// text (HTML), sanitised before it is stored. <paramref name="MinimumPledgeCents"/> defaults to the configured €10.
/// </summary>
public sealed record CampaignDraft(
    string CarrierUserId,
    string Title,
    string Story,
    string Category,
    string Territory,
    long GoalCents,
    DateOnly EndDate,
    int TermMonths,
    int GraceMonths,
    bool AcceptsDonations = true,
    FundingMode FundingMode = FundingMode.AllOrNothing,
    long? MinimumPledgeCents = null,
    string? OrganisationId = null);
