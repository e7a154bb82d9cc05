using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Store;
using Stripe.Checkout;

namespace Plateforme.Lending.Payments.Stripe;

/// <summary>
/// After an off-session charge was declined or needed authentication, the reminder's link opens a Checkout page
/// (mode=payment) for that pledge, while the collection window lasts. Paying it confirms the pledge through the webhook,
/// as any other Stripe payment. A page still open is given again rather than a second one.
/// </summary>
public sealed class OnSessionPayments(
    StripeGateway gateway, PaymentOperationStore operations, StripeCustomers customers, StripePaymentProvider provider, LendingWrites writes, TimeProvider time)
{
    private static readonly TimeSpan SessionReuse = TimeSpan.FromHours(23);

    public async Task<(OnSessionVerdict Verdict, Uri? Url, Guid CampaignId)> StartAsync(Guid pledgeId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var found = await writes.ReadAsync(async db =>
        {
            var pledge = await db.Pledges.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pledgeId, cancellationToken);
            var campaign = pledge is null ? null : await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == pledge.CampaignId, cancellationToken);
            return (pledge, campaign);
        }, cancellationToken);
        if (found.pledge is not { } pledge || found.campaign is not { } campaign || pledge.LenderUserId != userId)
        {
            return (OnSessionVerdict.Unavailable, null, found.campaign?.Id ?? Guid.Empty);
        }

        if (pledge.Status == PledgeStatus.Collected) return (OnSessionVerdict.AlreadyPaid, null, campaign.Id);
        var now = time.GetUtcNow();
        if (pledge.Status != PledgeStatus.Pending || campaign.State != CampaignState.Funded || campaign.CollectionDeadline is not { } deadline || now >= deadline)
        {
            return (OnSessionVerdict.WindowClosed, null, campaign.Id);
        }

        var previous = (await operations.ListForCampaignAsync(campaign.Id, cancellationToken))
            .Where(o => o.PledgeId == pledgeId && o.Kind == PaymentOperationKind.OnSessionPayment).OrderByDescending(o => o.CreatedAt).ToList();
        if (previous.FirstOrDefault() is { Status: PaymentOperationStatus.Pending, RedirectUrl: { } open } latest && now - latest.CreatedAt < SessionReuse)
        {
            return (OnSessionVerdict.Redirect, new Uri(open), campaign.Id);
        }

        var key = $"onsession:{pledgeId:N}:{previous.Count + 1}";
        var operation = await operations.BeginAsync(key, PaymentOperationKind.OnSessionPayment,
            new PaymentRequest(key, campaign.Id, pledgeId, userId, pledge.AmountCents), cancellationToken);
        if (operation.RedirectUrl is not null) return (OnSessionVerdict.Redirect, new Uri(operation.RedirectUrl), campaign.Id);
        var customer = await customers.EnsureAsync(userId, cancellationToken);
        var metadata = new Dictionary<string, string> { ["pledge_id"] = pledgeId.ToString("N"), ["campaign_id"] = campaign.Id.ToString("N") };
        // Stripe closes a session 30 minutes at the earliest; never later than the collection window.
        var expires = deadline - now < TimeSpan.FromHours(24) ? deadline : now.AddHours(24);
        var session = await new SessionService(gateway.Client).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            Customer = customer,
            ClientReferenceId = pledgeId.ToString("N"),
            SuccessUrl = provider.ReturnUrl(campaign.Id, "retour"),
            CancelUrl = provider.ReturnUrl(campaign.Id, "annule"),
            ExpiresAt = expires - now < TimeSpan.FromMinutes(31) ? now.AddMinutes(31).UtcDateTime : expires.UtcDateTime,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { TransferGroup = StripePaymentProvider.TransferGroup(campaign.Id), Metadata = metadata },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = StripePaymentProvider.Currency, UnitAmount = pledge.AmountCents,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = campaign.Title },
                    },
                },
            ],
        }, StripeGateway.Keyed(key), cancellationToken);
        await operations.UpdateAsync(operation.Id, o =>
        {
            o.Status = PaymentOperationStatus.Pending;
            o.ProviderObjectId = session.Id;
            o.RedirectUrl = session.Url;
            o.CustomerId = customer;
        }, cancellationToken);
        return (OnSessionVerdict.Redirect, new Uri(session.Url), campaign.Id);
    }
}
