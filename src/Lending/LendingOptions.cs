using System.ComponentModel.DataAnnotations;

namespace Plateforme.Lending;

/// <summary>
/// The "Lending" configuration section. The caps default to art. D548-1 of the Code monétaire et financier
/// (interest-free loans: €5,000 per lender per project, €1,000,000 per project). Amounts in cents.
/// </summary>
public sealed class LendingOptions : IValidatableObject
{
    public const string SectionName = "Lending";

    [Range(1, long.MaxValue)] public long MinGoalCents { get; set; } = 20_000;
    [Range(1, long.MaxValue)] public long MaxGoalCents { get; set; } = 1_500_000;
    [Range(1, long.MaxValue)] public long MaxLoanPerLenderPerProjectCents { get; set; } = 500_000;
    [Range(1, long.MaxValue)] public long MaxPerProjectCents { get; set; } = 100_000_000;
    [Range(1, long.MaxValue)] public long DefaultMinimumPledgeCents { get; set; } = 1_000;

    /// <summary>Every campaign needs a partner structure's favourable decision before publication (an accompanied one always does).</summary>
    public bool RequireAccompaniment { get; set; }

    /// <summary>A campaign ends at most this many days after its publication.</summary>
    [Range(1, 365)] public int MaxCampaignDays { get; set; } = 90;

    /// <summary>The one extension a moderator may grant adds at most this many days.</summary>
    [Range(1, 365)] public int MaxExtensionDays { get; set; } = 30;

    [Range(1, 120)] public int MinTermMonths { get; set; } = 1;
    [Range(1, 120)] public int MaxTermMonths { get; set; } = 36;
    [Range(0, 24)] public int MaxGraceMonths { get; set; } = 6;

    /// <summary>After a funded campaign's end, lenders have this long to pay before their pledge is cancelled.</summary>
    [Range(1, 90)] public int CollectionWindowDays { get; set; } = 14;

    /// <summary>Unpaid pledges get a reminder this often during the collection window.</summary>
    [Range(1, 30)] public int ReminderIntervalDays { get; set; } = 3;

    /// <summary>An instalment still unpaid this many days after its due date is late.</summary>
    [Range(1, 90)] public int LateAfterDays { get; set; } = 10;

    /// <summary>This many late instalments open a default procedure.</summary>
    [Range(1, 36)] public int MissedInstalmentsBeforeDefault { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinGoalCents > MaxGoalCents) yield return new ValidationResult("Lending: MinGoalCents must not exceed MaxGoalCents.", [nameof(MinGoalCents)]);
        if (MaxGoalCents > MaxPerProjectCents) yield return new ValidationResult("Lending: MaxGoalCents must not exceed MaxPerProjectCents.", [nameof(MaxGoalCents)]);
        if (MinTermMonths > MaxTermMonths) yield return new ValidationResult("Lending: MinTermMonths must not exceed MaxTermMonths.", [nameof(MinTermMonths)]);
    }
}
