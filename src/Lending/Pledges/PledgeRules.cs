using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Money;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Pledges;

/// <summary>The checks of a pledge, in French, by field: first those on the request alone, then those against the campaign.</summary>
internal static class PledgeRules
{
    public static void CheckRequest(PledgeRequest request)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.LenderUserId)) errors.Add(nameof(request.LenderUserId), "Connectez-vous pour participer.");
        if (request.AmountCents <= 0) errors.Add(nameof(request.AmountCents), "Indiquez un montant positif.");
        if (!Enum.IsDefined(request.Kind)) errors.Add(nameof(request.Kind), "Choisissez un prêt ou un don.");
        if (request.Kind == PledgeKind.Loan)
        {
            if (string.IsNullOrWhiteSpace(request.LenderName)) errors.Add(nameof(request.LenderName), "Le nom du prêteur est obligatoire pour un prêt.");
            if (string.IsNullOrWhiteSpace(request.AddressLine)) errors.Add(nameof(request.AddressLine), "L'adresse postale est obligatoire pour un prêt.");
            if (string.IsNullOrWhiteSpace(request.PostalCode)) errors.Add(nameof(request.PostalCode), "Le code postal est obligatoire pour un prêt.");
            if (string.IsNullOrWhiteSpace(request.City)) errors.Add(nameof(request.City), "La commune est obligatoire pour un prêt.");
        }
        else if (request.Funding == PledgeFunding.Balance)
        {
            errors.Add(nameof(request.Funding), "Votre solde ne peut servir qu'à prêter de nouveau.");
        }

        if (request.LenderName?.Length > 200) errors.Add(nameof(request.LenderName), "Le nom ne doit pas dépasser 200 caractères.");
        if (request.AddressLine?.Length > 300) errors.Add(nameof(request.AddressLine), "L'adresse ne doit pas dépasser 300 caractères.");
        if (request.PostalCode?.Length > 20) errors.Add(nameof(request.PostalCode), "Le code postal ne doit pas dépasser 20 caractères.");
        if (request.City?.Length > 100) errors.Add(nameof(request.City), "La commune ne doit pas dépasser 100 caractères.");
        if (request.Message?.Length > 1000) errors.Add(nameof(request.Message), "Le message ne doit pas dépasser 1 000 caractères.");
        errors.ThrowIfAny();
    }

    /// <summary>Run under the campaign's lock, with the totals of its active pledges.</summary>
    public static void CheckAgainstCampaign(
        PledgeRequest request, Campaign campaign, DateTimeOffset now, long pledgedCents, long lenderLoansCents, LendingOptions options)
    {
        if (campaign.State != CampaignState.Published || campaign.ClosesAt is null || now >= campaign.ClosesAt)
        {
            throw LendingValidationException.For(nameof(request.CampaignId), "Cette campagne ne reçoit pas de participations en ce moment.");
        }

        if (request.Kind == PledgeKind.Donation && !campaign.AcceptsDonations)
        {
            throw LendingValidationException.For(nameof(request.Kind), "Cette campagne n'accepte pas les dons, seulement les prêts.");
        }

        var field = nameof(request.AmountCents);
        var remaining = campaign.GoalCents - pledgedCents;
        if (remaining <= 0) throw LendingValidationException.For(field, "L'objectif de cette campagne est déjà atteint.");
        if (request.AmountCents > remaining) throw LendingValidationException.For(field, $"Il ne reste que {Cents.Format(remaining)} à financer.");

        // The last euros of a goal may be smaller than the minimum: completing it is always welcome.
        if (request.AmountCents < campaign.MinimumPledgeCents && request.AmountCents != remaining)
        {
            throw LendingValidationException.For(field, $"Le montant minimum d'une participation est de {Cents.Format(campaign.MinimumPledgeCents)}.");
        }

        if (pledgedCents + request.AmountCents > options.MaxPerProjectCents)
        {
            throw LendingValidationException.For(field, $"Un projet ne peut pas recevoir plus de {Cents.Format(options.MaxPerProjectCents)}.");
        }

        if (request.Kind == PledgeKind.Loan && lenderLoansCents + request.AmountCents > options.MaxLoanPerLenderPerProjectCents)
        {
            var left = Math.Max(0, options.MaxLoanPerLenderPerProjectCents - lenderLoansCents);
            throw LendingValidationException.For(field,
                $"Un prêteur ne peut pas prêter plus de {Cents.Format(options.MaxLoanPerLenderPerProjectCents)} à un même projet (il vous reste {Cents.Format(left)}).");
        }
    }
}
