using System.Text.RegularExpressions;
using Plateforme.Lending.Money;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Campaigns;

/// <summary>Checks a draft against the configured limits; messages in French, keyed by field.</summary>
internal static partial class CampaignValidator
{
    public static ValidationErrors Validate(CampaignDraft draft, string sanitisedStory, LendingOptions options, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(draft.CarrierUserId)) errors.Add(nameof(draft.CarrierUserId), LendingMessages.CarrierRequired);
        var title = draft.Title?.Trim() ?? "";
        if (title.Length < 5) errors.Add(nameof(draft.Title), LendingMessages.TitleTooShort);
        else if (title.Length > 200) errors.Add(nameof(draft.Title), LendingMessages.TitleTooLong);
        if (!StorySanitizer.HasText(sanitisedStory)) errors.Add(nameof(draft.Story), LendingMessages.StoryRequired);
        else if (sanitisedStory.Length > 50_000) errors.Add(nameof(draft.Story), LendingMessages.StoryTooLong);
        if (string.IsNullOrWhiteSpace(draft.Category)) errors.Add(nameof(draft.Category), LendingMessages.CategoryRequired);
        else if (draft.Category.Length > 100) errors.Add(nameof(draft.Category), LendingMessages.CategoryTooLong);
        if (draft.Territory is null || !TerritoryPattern().IsMatch(draft.Territory)) errors.Add(nameof(draft.Territory), LendingMessages.TerritoryRequired);

        if (draft.GoalCents < options.MinGoalCents || draft.GoalCents > options.MaxGoalCents)
        {
            errors.Add(nameof(draft.GoalCents), LendingMessageFormat.Format(LendingMessages.GoalOutOfRange, Cents.Format(options.MinGoalCents), Cents.Format(options.MaxGoalCents)));
        }
        else if (draft.GoalCents > options.MaxPerProjectCents)
        {
            errors.Add(nameof(draft.GoalCents), LendingMessageFormat.Format(LendingMessages.ProjectCap, Cents.Format(options.MaxPerProjectCents)));
        }

        AddEndDateErrors(errors, draft.EndDate, today, options);
        if (draft.TermMonths < options.MinTermMonths || draft.TermMonths > options.MaxTermMonths)
        {
            errors.Add(nameof(draft.TermMonths), LendingMessageFormat.Format(LendingMessages.TermOutOfRange, options.MinTermMonths, options.MaxTermMonths));
        }

        if (draft.GraceMonths < 0 || draft.GraceMonths > options.MaxGraceMonths)
        {
            errors.Add(nameof(draft.GraceMonths), LendingMessageFormat.Format(LendingMessages.GraceOutOfRange, options.MaxGraceMonths));
        }

        var minimum = draft.MinimumPledgeCents ?? options.DefaultMinimumPledgeCents;
        if (minimum < 100 || minimum > draft.GoalCents)
        {
            errors.Add(nameof(draft.MinimumPledgeCents), LendingMessages.MinimumPledgeOutOfRange);
        }

        if (!Enum.IsDefined(draft.FundingMode)) errors.Add(nameof(draft.FundingMode), LendingMessages.FundingModeRequired);
        return errors;
    }

    /// <summary>The end date must come after today and at most the configured days (90) after it.</summary>
    public static void AddEndDateErrors(ValidationErrors errors, DateOnly endDate, DateOnly today, LendingOptions options)
    {
        if (endDate <= today) errors.Add(nameof(CampaignDraft.EndDate), LendingMessages.EndDateNotAfterToday);
        else if (endDate > today.AddDays(options.MaxCampaignDays))
        {
            errors.Add(nameof(CampaignDraft.EndDate), LendingMessageFormat.Format(LendingMessages.CampaignTooLong, options.MaxCampaignDays));
        }
    }

    [GeneratedRegex("^[a-z][a-z-]*:[A-Za-z0-9-]{1,40}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TerritoryPattern();
}
