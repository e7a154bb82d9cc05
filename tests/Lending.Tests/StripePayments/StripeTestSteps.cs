using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments.Stripe;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.StripePayments;

/// <summary>Steps the Stripe tests share: services from the fixture, webhook events through the inbox and the drain.</summary>
internal static class StripeTestSteps
{
    public static T Get<T>(this LendingFixture fixture) where T : notnull => fixture.Services.GetRequiredService<T>();

    /// <summary>Stores a verified event (as the endpoint does) and lets the drain apply it.</summary>
    public static async Task DeliverAsync(this LendingFixture fixture, string eventId, string type, string objectId)
    {
        await fixture.Get<PaymentEventInbox>().StoreAsync(eventId, type, objectId, default);
        await fixture.Get<PaymentEventDrain>().DrainOnceAsync(default);
    }

    /// <summary>Checkout (mode=setup) for every pledge, and a customer; the pledges of these tests are then confirmed by a moderator.</summary>
    public static void PledgeCheckouts(this StripeStandIn stripe)
    {
        stripe.Answer("POST", "/v1/customers", 200, "{\"id\":\"cus_T1\",\"object\":\"customer\",\"livemode\":false}");
        stripe.Answer("POST", "/v1/checkout/sessions", 200,
            "{\"id\":\"cs_pledge\",\"object\":\"checkout.session\",\"mode\":\"setup\",\"status\":\"open\",\"customer\":\"cus_T1\",\"url\":\"https://checkout.stripe.com/c/pay/cs_pledge\"}");
    }

    public static async Task<Campaign> ReloadAsync(this LendingFixture fixture, Guid campaignId) => (await fixture.Campaigns.FindAsync(campaignId))!;
}
