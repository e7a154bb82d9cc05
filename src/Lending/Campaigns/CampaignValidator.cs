using System.Text.RegularExpressions;
using Plateforme.Lending.Money;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Campaigns;

/// <summary>Checks a draft against the configured limits; messages in French, keyed by field.</summary>
internal static partial class CampaignValidator
{
    public static ValidationErrors Validate(CampaignDraft draft, string sanitisedStory, LendingOptions options, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(draft.CarrierUserId)) errors.Add(nameof(draft.CarrierUserId), "Le porteur du projet est obligatoire.");
        var title = draft.Title?.Trim() ?? "";
        if (title.Length < 5) errors.Add(nameof(draft.Title), "Le titre doit compter au moins 5 caractères.");
        else if (title.Length > 200) errors.Add(nameof(draft.Title), "Le titre ne doit pas dépasser 200 caractères.");
        if (!StorySanitizer.HasText(sanitisedStory)) errors.Add(nameof(draft.Story), "Racontez votre projet : la présentation est obligatoire.");
        else if (sanitisedStory.Length > 50_000) errors.Add(nameof(draft.Story), "La présentation ne doit pas dépasser 50 000 caractères.");
        if (string.IsNullOrWhiteSpace(draft.Category)) errors.Add(nameof(draft.Category), "Choisissez une catégorie.");
        else if (draft.Category.Length > 100) errors.Add(nameof(draft.Category), "La catégorie ne doit pas dépasser 100 caractères.");
        if (draft.Territory is null || !TerritoryPattern().IsMatch(draft.Territory)) errors.Add(nameof(draft.Territory), "Choisissez le territoire du projet.");

        if (draft.GoalCents < options.MinGoalCents || draft.GoalCents > options.MaxGoalCents)
        {
            errors.Add(nameof(draft.GoalCents), $"L'objectif doit être compris entre {Cents.Format(options.MinGoalCents)} et {Cents.Format(options.MaxGoalCents)}.");
        }
        else if (draft.GoalCents > options.MaxPerProjectCents)
        {
            errors.Add(nameof(draft.GoalCents), $"Un projet ne peut pas recevoir plus de {Cents.Format(options.MaxPerProjectCents)}.");
        }

        AddEndDateErrors(errors, draft.EndDate, today, options);
        if (draft.TermMonths < options.MinTermMonths || draft.TermMonths > options.MaxTermMonths)
        {
            errors.Add(nameof(draft.TermMonths), $"La durée de remboursement doit être comprise entre {options.MinTermMonths} et {options.MaxTermMonths} mois.");
        }

        if (draft.GraceMonths < 0 || draft.GraceMonths > options.MaxGraceMonths)
        {
            errors.Add(nameof(draft.GraceMonths), $"Le différé de remboursement doit être compris entre 0 et {options.MaxGraceMonths} mois.");
        }

        var minimum = draft.MinimumPledgeCents ?? options.DefaultMinimumPledgeCents;
        if (minimum < 100 || minimum > draft.GoalCents)
        {
            errors.Add(nameof(draft.MinimumPledgeCents), "Le montant minimum d'une participation doit être d'au moins 1 € et ne pas dépasser l'objectif.");
        }

        if (!Enum.IsDefined(draft.FundingMode)) errors.Add(nameof(draft.FundingMode), "Choisissez un mode de financement.");
        return errors;
    }

    /// <summary>The end date must come after today and at most the configured days (90) after it.</summary>
    public static void AddEndDateErrors(ValidationErrors errors, DateOnly endDate, DateOnly today, LendingOptions options)
    {
        if (endDate <= today) errors.Add(nameof(CampaignDraft.EndDate), "La date de fin doit être postérieure à aujourd'hui.");
        else if (endDate > today.AddDays(options.MaxCampaignDays))
        {
            errors.Add(nameof(CampaignDraft.EndDate), $"Une campagne dure au plus {options.MaxCampaignDays} jours après sa publication.");
        }
    }

    [GeneratedRegex("^[a-z][a-z-]*:[A-Za-z0-9-]{1,40}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TerritoryPattern();
}
