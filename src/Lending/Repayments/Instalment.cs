namespace Plateforme.Lending.Repayments;

/// <summary>One monthly instalment of a campaign's repayment schedule. Its status is derived, never stored stale.</summary>
public sealed class Instalment
{
    public long Id { get; init; }
    public Guid CampaignId { get; init; }

    /// <summary>1, 2, … in due order; a reschedule continues the numbering.</summary>
    public int Number { get; init; }
    public DateOnly DueDate { get; init; }
    public long AmountCents { get; set; }
    public long PaidCents { get; set; }
    public DateOnly? PaidOn { get; set; }

    /// <summary>Day the instalment was found late (events sent once); kept after payment for the record.</summary>
    public DateOnly? LateSince { get; set; }

    public long OutstandingCents => AmountCents - PaidCents;

    public InstalmentStatus StatusOn(DateOnly today, int lateAfterDays)
    {
        if (PaidCents >= AmountCents) return InstalmentStatus.Paid;
        if (today > DueDate.AddDays(lateAfterDays)) return InstalmentStatus.Late;
        if (today >= DueDate) return InstalmentStatus.Due;
        return PaidCents > 0 ? InstalmentStatus.PartiallyPaid : InstalmentStatus.Upcoming;
    }
}
