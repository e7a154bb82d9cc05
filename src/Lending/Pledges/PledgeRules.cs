using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Money;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Pledges;

/// <summary>The checks of a pledge, in French, by field: first those on the request alone, then those against the campaign.</summary>
internal static class PledgeRules
{
    public static void CheckRequest(PledgeRequest request)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.LenderUserId)) errors.Add(nameof(request.LenderUserId), LendingMessages.SignInToPledge);
        if (request.AmountCents <= 0) errors.Add(nameof(request.AmountCents), LendingMessages.AmountMustBePositive);
        if (!Enum.IsDefined(request.Kind)) errors.Add(nameof(request.Kind), LendingMessages.PledgeKindRequired);
        if (request.Kind == PledgeKind.Loan)
        {
            if (string.IsNullOrWhiteSpace(request.LenderName)) errors.Add(nameof(request.LenderName), LendingMessages.LenderNameRequired);
            if (string.IsNullOrWhiteSpace(request.AddressLine)) errors.Add(nameof(request.AddressLine), LendingMessages.AddressRequired);
            if (string.IsNullOrWhiteSpace(request.PostalCode)) errors.Add(nameof(request.PostalCode), LendingMessages.PostalCodeRequired);
            if (string.IsNullOrWhiteSpace(request.City)) errors.Add(nameof(request.City), LendingMessages.CityRequired);
        }
        else if (request.Funding == PledgeFunding.Balance)
        {
            errors.Add(nameof(request.Funding), LendingMessages.BalanceOnlyForLoans);
        }

        if (request.LenderName?.Length > 200) errors.Add(nameof(request.LenderName), LendingMessages.LenderNameTooLong);
        if (request.AddressLine?.Length > 300) errors.Add(nameof(request.AddressLine), LendingMessages.AddressTooLong);
        if (request.PostalCode?.Length > 20) errors.Add(nameof(request.PostalCode), LendingMessages.PostalCodeTooLong);
        if (request.City?.Length > 100) errors.Add(nameof(request.City), LendingMessages.CityTooLong);
        if (request.Message?.Length > 1000) errors.Add(nameof(request.Message), LendingMessages.PledgeMessageTooLong);
        errors.ThrowIfAny();
    }

    /// <summary>Run under the campaign's lock, with the totals of its active pledges.</summary>
    public static void CheckAgainstCampaign(
        PledgeRequest request, Campaign campaign, DateTimeOffset now, long pledgedCents, long lenderLoansCents, LendingOptions options)
    {
        if (campaign.State != CampaignState.Published || campaign.ClosesAt is null || now >= campaign.ClosesAt)
        {
            throw LendingValidationException.For(nameof(request.CampaignId), LendingMessages.PledgesClosed);
        }

        if (request.Kind == PledgeKind.Donation && !campaign.AcceptsDonations)
        {
            throw LendingValidationException.For(nameof(request.Kind), LendingMessages.DonationsNotAccepted);
        }

        var field = nameof(request.AmountCents);
        var remaining = campaign.GoalCents - pledgedCents;
        if (remaining <= 0) throw LendingValidationException.For(field, LendingMessages.GoalAlreadyReached);
        if (request.AmountCents > remaining) throw LendingValidationException.For(field, LendingMessageFormat.Format(LendingMessages.RemainingToFund, Cents.Format(remaining)));

        // The last euros of a goal may be smaller than the minimum: completing it is always welcome.
        if (request.AmountCents < campaign.MinimumPledgeCents && request.AmountCents != remaining)
        {
            throw LendingValidationException.For(field, LendingMessageFormat.Format(LendingMessages.MinimumPledge, Cents.Format(campaign.MinimumPledgeCents)));
        }

        if (pledgedCents + request.AmountCents > options.MaxPerProjectCents)
        {
            throw LendingValidationException.For(field, LendingMessageFormat.Format(LendingMessages.ProjectCap, Cents.Format(options.MaxPerProjectCents)));
        }

        if (request.Kind == PledgeKind.Loan && lenderLoansCents + request.AmountCents > options.MaxLoanPerLenderPerProjectCents)
        {
            var left = Math.Max(0, options.MaxLoanPerLenderPerProjectCents - lenderLoansCents);
            throw LendingValidationException.For(field,
                LendingMessageFormat.Format(LendingMessages.LenderCap, Cents.Format(options.MaxLoanPerLenderPerProjectCents), Cents.Format(left)));
        }
    }
}
