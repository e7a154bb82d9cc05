using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments.Stripe;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.StripePayments;

/// <summary>The reminder's on-session payment after an off-session charge was declined.</summary>
public sealed class StripeOnSessionTests : IDisposable
{
    private readonly StripeStandIn stripe = new();

    public void Dispose() => stripe.Dispose();

    /// <summary>A loan saved through Checkout, the campaign funded, its off-session charge declined.</summary>
    private async Task<(LendingFixture Fixture, Campaign Campaign, Pledge Pledge)> DeclinedAsync()
    {
        stripe.PledgeCheckouts();
        stripe.Answer("GET", "/v1/checkout/sessions/cs_pledge", 200,
            "{\"id\":\"cs_pledge\",\"object\":\"checkout.session\",\"mode\":\"setup\",\"status\":\"complete\",\"customer\":\"cus_T1\",\"setup_intent\":\"seti_1\"}");
        stripe.Answer("GET", "/v1/setup_intents/seti_1", 200, "{\"id\":\"seti_1\",\"object\":\"setup_intent\",\"status\":\"succeeded\",\"payment_method\":\"pm_card_1\",\"customer\":\"cus_T1\"}");
        stripe.Answer("POST", "/v1/payment_intents", 402, StripeStandIn.Error("card_error", "card_declined", "Your card was declined.", "pi_declined"));
        stripe.AnswerWhenBody("POST", "/v1/checkout/sessions", "mode=payment", 200,
            "{\"id\":\"cs_pay\",\"object\":\"checkout.session\",\"mode\":\"payment\",\"status\":\"open\",\"customer\":\"cus_T1\",\"url\":\"https://checkout.stripe.com/c/pay/cs_pay\"}");
        var fixture = await LendingFixture.SqliteAsync(register: stripe.Register);
        var campaign = await TestData.PublishedAsync(fixture, TestData.Draft(goalCents: 30_000));
        var pledge = (await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 30_000))).Pledge;
        await fixture.DeliverAsync("evt_setup", "checkout.session.completed", "cs_pledge");
        fixture.SetParisDay(TestData.EndDate.AddDays(1));
        await fixture.Clock.RunAsync();
        return (fixture, campaign, pledge);
    }

    [Fact]
    public async Task The_reminder_link_opens_one_payment_checkout_for_the_pledge_and_paying_it_collects_the_pledge()
    {
        var (fixture, campaign, pledge) = await DeclinedAsync();
        await using var _ = fixture;
        var payments = fixture.Get<OnSessionPayments>();

        var first = await payments.StartAsync(pledge.Id, "lender-1", default);
        var again = await payments.StartAsync(pledge.Id, "lender-1", default);

        Assert.Equal((OnSessionVerdict.Redirect, new Uri("https://checkout.stripe.com/c/pay/cs_pay")), (first.Verdict, first.Url));
        Assert.Equal(first.Url, again.Url);
        // A retry of a slow answer (the client's 2 s timeout on a loaded machine) carries the same key: one session.
        var calls = stripe.Calls("POST", "/v1/checkout/sessions").Where(c => StripeStandIn.Form(c)["mode"] == "payment").ToList();
        Assert.Equal([$"onsession:{pledge.Id:N}:1"], calls.Select(StripeStandIn.Key).Distinct());
        var call = calls[0];
        var form = StripeStandIn.Form(call);
        Assert.Equal(("30000", StripePaymentProvider.TransferGroup(campaign.Id)), (form["line_items[0][price_data][unit_amount]"], form["payment_intent_data[transfer_group]"]));
        Assert.Equal(OnSessionVerdict.Unavailable, (await payments.StartAsync(pledge.Id, "someone-else", default)).Verdict);

        stripe.Answer("GET", "/v1/checkout/sessions/cs_pay", 200,
            "{\"id\":\"cs_pay\",\"object\":\"checkout.session\",\"mode\":\"payment\",\"status\":\"complete\",\"payment_status\":\"paid\",\"customer\":\"cus_T1\",\"payment_intent\":\"pi_on_1\"}");
        await fixture.DeliverAsync("evt_paid", "checkout.session.completed", "cs_pay");

        var paid = (await fixture.Pledges.ListForCampaignAsync(campaign.Id)).Single();
        Assert.Equal((PledgeStatus.Collected, "payments:stripe"), (paid.Status, paid.CollectedBy));
        Assert.Equal(OnSessionVerdict.AlreadyPaid, (await payments.StartAsync(pledge.Id, "lender-1", default)).Verdict);
    }

    [Fact]
    public async Task After_the_collection_window_the_link_no_longer_opens_a_payment()
    {
        var (fixture, campaign, pledge) = await DeclinedAsync();
        await using var _ = fixture;
        var deadline = (await fixture.ReloadAsync(campaign.Id)).CollectionDeadline!.Value;
        fixture.Time.SetUtcNow(deadline.AddMinutes(1));

        var answer = await fixture.Get<OnSessionPayments>().StartAsync(pledge.Id, "lender-1", default);

        Assert.Equal((OnSessionVerdict.WindowClosed, (Uri?)null), (answer.Verdict, answer.Url));
        Assert.DoesNotContain(stripe.Calls("POST", "/v1/checkout/sessions"), c => StripeStandIn.Form(c)["mode"] == "payment");
    }
}
