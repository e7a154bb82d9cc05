using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Payments.Stripe;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.StripePayments;

/// <summary>The Stripe provider against the stand-in: what it sends (form bodies, idempotency keys) and what it makes of the answers.</summary>
public sealed class StripeProviderTests : IDisposable
{
    private readonly StripeStandIn stripe = new();

    public void Dispose() => stripe.Dispose();

    private Task<LendingFixture> FixtureAsync() => LendingFixture.SqliteAsync(register: stripe.Register);

    private void CheckoutAnswers(string mode)
    {
        stripe.Answer("POST", "/v1/customers", 200, "{\"id\":\"cus_T1\",\"object\":\"customer\",\"livemode\":false}");
        stripe.Answer("POST", "/v1/checkout/sessions", 200,
            "{\"id\":\"cs_test_1\",\"object\":\"checkout.session\",\"mode\":\"" + mode + "\",\"status\":\"open\",\"customer\":\"cus_T1\",\"url\":\"https://checkout.stripe.com/c/pay/cs_test_1\"}");
    }

    /// <summary>A loan pledged through Checkout, its session completed and its card saved (as the webhook would).</summary>
    private async Task<(LendingFixture Fixture, Campaign Campaign, Pledge Pledge)> SavedCardAsync()
    {
        CheckoutAnswers("setup");
        stripe.Answer("GET", "/v1/checkout/sessions/cs_test_1", 200,
            "{\"id\":\"cs_test_1\",\"object\":\"checkout.session\",\"mode\":\"setup\",\"status\":\"complete\",\"customer\":\"cus_T1\",\"setup_intent\":\"seti_1\"}");
        stripe.Answer("GET", "/v1/setup_intents/seti_1", 200, "{\"id\":\"seti_1\",\"object\":\"setup_intent\",\"status\":\"succeeded\",\"usage\":\"off_session\",\"payment_method\":\"pm_card_1\",\"customer\":\"cus_T1\"}");
        var fixture = await FixtureAsync();
        var campaign = await TestData.PublishedAsync(fixture, TestData.Draft(goalCents: 50_000));
        var pledge = (await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 50_000))).Pledge;
        await Inbox(fixture).StoreAsync("evt_setup_1", "checkout.session.completed", "cs_test_1", default);
        await Drain(fixture).DrainOnceAsync(default);
        return (fixture, campaign, pledge);
    }

    private static PaymentEventInbox Inbox(LendingFixture fixture) => fixture.Services.GetRequiredService<PaymentEventInbox>();

    private static PaymentEventDrain Drain(LendingFixture fixture) => fixture.Services.GetRequiredService<PaymentEventDrain>();

    private static PaymentOperationStore Operations(LendingFixture fixture) => fixture.Services.GetRequiredService<PaymentOperationStore>();

    private static IPaymentProvider Provider(LendingFixture fixture) => fixture.Services.GetRequiredService<IPaymentProvider>();

    private static PaymentRequest Collect(Pledge pledge) => new("collect:" + pledge.Id.ToString("N"), pledge.CampaignId, pledge.Id, pledge.LenderUserId, pledge.AmountCents);

    [Fact]
    public async Task A_loan_pledge_is_recorded_then_sent_to_a_setup_checkout_session_with_our_idempotency_key()
    {
        CheckoutAnswers("setup");
        await using var fixture = await FixtureAsync();
        var campaign = await TestData.PublishedAsync(fixture);

        var receipt = await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 20_000));

        Assert.Equal(PledgeStatus.Pending, receipt.Pledge.Status);
        Assert.Equal(20_000, (await fixture.Campaigns.FindAsync(campaign.Id))!.PledgedCents);
        Assert.Equal(new Uri("https://checkout.stripe.com/c/pay/cs_test_1"), receipt.Payment!.RedirectUrl);
        var call = Assert.Single(stripe.Calls("POST", "/v1/checkout/sessions"));
        Assert.Equal("prepare:" + receipt.Pledge.Id.ToString("N"), StripeStandIn.Key(call));
        var form = StripeStandIn.Form(call);
        Assert.Equal(("setup", "cus_T1", "eur"), (form["mode"], form["customer"], form["currency"]));
        Assert.Equal($"http://127.0.0.1:5306/prets/{campaign.Id}?paiement=retour", form["success_url"]);
        Assert.Equal(receipt.Pledge.Id.ToString("N"), form["setup_intent_data[metadata][pledge_id]"]);
        Assert.False(form.ContainsKey("line_items[0][price_data][unit_amount]"));
    }

    [Fact]
    public async Task A_donation_goes_to_a_payment_checkout_session_for_its_amount_grouped_by_campaign()
    {
        CheckoutAnswers("payment");
        await using var fixture = await FixtureAsync();
        var campaign = await TestData.PublishedAsync(fixture);

        var receipt = await fixture.Pledges.PledgeAsync(TestData.Donation(campaign.Id, "donor-1", 4_200));

        var form = StripeStandIn.Form(Assert.Single(stripe.Calls("POST", "/v1/checkout/sessions")));
        Assert.Equal(("payment", "4200", "1"), (form["mode"], form["line_items[0][price_data][unit_amount]"], form["line_items[0][quantity]"]));
        Assert.Equal(StripePaymentProvider.TransferGroup(campaign.Id), form["payment_intent_data[transfer_group]"]);
        Assert.NotNull(receipt.Payment!.RedirectUrl);
    }

    [Fact]
    public async Task At_success_each_saved_card_is_charged_off_session_once_and_the_webhook_collects_the_pledge()
    {
        var (fixture, campaign, pledge) = await SavedCardAsync();
        await using var _ = fixture;
        stripe.Answer("POST", "/v1/payment_intents", 200, StripeStandIn.Intent("pi_1", "succeeded", 50_000));
        stripe.Answer("GET", "/v1/payment_intents/pi_1", 200, StripeStandIn.Intent("pi_1", "succeeded", 50_000));

        fixture.SetParisDay(TestData.EndDate.AddDays(1));
        await fixture.Clock.RunAsync();
        await Inbox(fixture).StoreAsync("evt_pi_1", "payment_intent.succeeded", "pi_1", default);
        await Drain(fixture).DrainOnceAsync(default);

        var call = Assert.Single(stripe.Calls("POST", "/v1/payment_intents"));
        Assert.Equal("collect:" + pledge.Id.ToString("N"), StripeStandIn.Key(call));
        var form = StripeStandIn.Form(call);
        Assert.Equal(("50000", "eur", "cus_T1", "pm_card_1"), (form["amount"], form["currency"], form["customer"], form["payment_method"]));
        Assert.Equal(("true", "true", StripePaymentProvider.TransferGroup(campaign.Id)), (form["off_session"], form["confirm"], form["transfer_group"]));
        var collected = (await fixture.Pledges.ListForCampaignAsync(campaign.Id)).Single();
        Assert.Equal(PledgeStatus.Collected, collected.Status);
        Assert.Equal("payments:stripe", collected.CollectedBy);
        Assert.True((await fixture.Invariants.CheckAsync()).IsHealthy);
    }

    [Theory]
    [InlineData("card_declined", PaymentOperationStatus.Failed)]
    [InlineData("authentication_required", PaymentOperationStatus.RequiresAction)]
    public async Task A_refused_off_session_charge_leaves_the_pledge_pending_for_the_reminders(string code, PaymentOperationStatus expected)
    {
        var (fixture, _, pledge) = await SavedCardAsync();
        await using var __ = fixture;
        stripe.Answer("POST", "/v1/payment_intents", 402, StripeStandIn.Error("card_error", code, "Your card was declined.", "pi_declined"));

        var answer = await Provider(fixture).RequestCollectionAsync(Collect(pledge), default);

        Assert.Equal((PaymentOutcome.Failed, code), (answer.Outcome, answer.FailureCode));
        var operation = await Operations(fixture).FindForPledgeAsync(pledge.Id, PaymentOperationKind.Collection, default);
        Assert.Equal((expected, "pi_declined"), (operation!.Status, operation.PaymentIntentId));
        Assert.Equal(PledgeStatus.Pending, (await fixture.Pledges.ListForLenderAsync("lender-1")).Single().Status);
    }

    [Fact]
    public async Task A_server_error_is_retried_with_the_same_idempotency_key()
    {
        var (fixture, _, pledge) = await SavedCardAsync();
        await using var __ = fixture;
        stripe.Answer("POST", "/v1/payment_intents", 500, StripeStandIn.Error("api_error", "internal_error", "An unknown error occurred"), "flaky", null, "failed-once");
        stripe.Answer("POST", "/v1/payment_intents", 200, StripeStandIn.Intent("pi_1", "succeeded", 50_000), "flaky", "failed-once");

        var answer = await Provider(fixture).RequestCollectionAsync(Collect(pledge), default);

        Assert.Equal(PaymentOutcome.Succeeded, answer.Outcome);
        var keys = stripe.Calls("POST", "/v1/payment_intents").Select(StripeStandIn.Key).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Single(keys.Distinct());
    }

    [Fact]
    public async Task A_retry_after_a_dropped_response_sends_the_same_key_so_the_card_is_charged_once()
    {
        var (fixture, _, pledge) = await SavedCardAsync();
        await using var __ = fixture;
        // The first answer never arrives in time (the client gives up after 2 s); Stripe answers a repeated key with the first result.
        stripe.Answer("POST", "/v1/payment_intents", 200, StripeStandIn.Intent("pi_1", "succeeded", 50_000), "dropped", null, "answered", TimeSpan.FromSeconds(4));
        stripe.Answer("POST", "/v1/payment_intents", 200, StripeStandIn.Intent("pi_1", "succeeded", 50_000), "dropped", "answered");

        var first = await Provider(fixture).RequestCollectionAsync(Collect(pledge), default);
        var again = await Provider(fixture).RequestCollectionAsync(Collect(pledge), default);

        Assert.Equal((PaymentOutcome.Succeeded, "pi_1"), (first.Outcome, first.Reference));
        Assert.Equal((PaymentOutcome.Succeeded, "pi_1"), (again.Outcome, again.Reference));
        var keys = stripe.Calls("POST", "/v1/payment_intents").Select(StripeStandIn.Key).ToList();
        Assert.True(keys.Count >= 2, "the dropped call is retried");
        Assert.Equal(["collect:" + pledge.Id.ToString("N")], keys.Distinct());
    }

    [Fact]
    public async Task A_charged_pledge_is_refunded_through_its_payment_intent_and_carriers_are_paid_by_transfer()
    {
        var (fixture, campaign, pledge) = await SavedCardAsync();
        await using var __ = fixture;
        stripe.Answer("POST", "/v1/payment_intents", 200, StripeStandIn.Intent("pi_1", "succeeded", 50_000));
        stripe.Answer("POST", "/v1/refunds", 200, "{\"id\":\"re_1\",\"object\":\"refund\",\"amount\":50000,\"currency\":\"eur\",\"payment_intent\":\"pi_1\",\"status\":\"succeeded\"}");
        stripe.Answer("POST", "/v1/transfers", 200, "{\"id\":\"tr_1\",\"object\":\"transfer\",\"amount\":50000,\"currency\":\"eur\",\"destination\":\"acct_carrier\"}");
        stripe.Answer("GET", "/v1/accounts/acct_carrier", 200, StripeStandIn.Account("acct_carrier", detailsSubmitted: true, payoutsEnabled: true));
        await Provider(fixture).RequestCollectionAsync(Collect(pledge), default);
        await Operations(fixture).SaveAccountAsync(TestData.Carrier, "acct_carrier", default);

        var refund = await Provider(fixture).RefundAsync(new PaymentRequest("refund:" + pledge.Id.ToString("N"), campaign.Id, pledge.Id, pledge.LenderUserId, 50_000), default);
        var payout = await Provider(fixture).PayOutAsync(new PaymentRequest("payout:" + campaign.Id.ToString("N"), campaign.Id, null, TestData.Carrier, 50_000), default);

        Assert.Equal((PaymentOutcome.Succeeded, "re_1"), (refund.Outcome, refund.Reference));
        var refundCall = Assert.Single(stripe.Calls("POST", "/v1/refunds"));
        Assert.Equal("refund:" + pledge.Id.ToString("N"), StripeStandIn.Key(refundCall));
        Assert.Equal(("pi_1", "50000"), (StripeStandIn.Form(refundCall)["payment_intent"], StripeStandIn.Form(refundCall)["amount"]));
        Assert.Equal((PaymentOutcome.Succeeded, "tr_1"), (payout.Outcome, payout.Reference));
        var transfer = StripeStandIn.Form(Assert.Single(stripe.Calls("POST", "/v1/transfers")));
        Assert.Equal(("acct_carrier", "50000", StripePaymentProvider.TransferGroup(campaign.Id)), (transfer["destination"], transfer["amount"], transfer["transfer_group"]));
    }

    [Fact]
    public async Task A_late_failure_event_after_success_reads_the_intent_again_and_keeps_the_pledge_collected()
    {
        var (fixture, campaign, pledge) = await SavedCardAsync();
        await using var __ = fixture;
        stripe.Answer("POST", "/v1/payment_intents", 200, StripeStandIn.Intent("pi_1", "processing", 50_000));
        stripe.Answer("GET", "/v1/payment_intents/pi_1", 200, StripeStandIn.Intent("pi_1", "succeeded", 50_000));
        fixture.SetParisDay(TestData.EndDate.AddDays(1));
        await fixture.Clock.RunAsync();

        // Delivered out of order, and the success twice.
        Assert.True(await Inbox(fixture).StoreAsync("evt_ok", "payment_intent.succeeded", "pi_1", default));
        Assert.False(await Inbox(fixture).StoreAsync("evt_ok", "payment_intent.succeeded", "pi_1", default));
        Assert.True(await Inbox(fixture).StoreAsync("evt_old_failure", "payment_intent.payment_failed", "pi_1", default));
        var handled = await Drain(fixture).DrainOnceAsync(default);

        Assert.Equal(2, handled);
        Assert.Equal(PledgeStatus.Collected, (await fixture.Pledges.ListForCampaignAsync(campaign.Id)).Single().Status);
        Assert.Equal(PaymentOperationStatus.Succeeded, (await Operations(fixture).FindForPledgeAsync(pledge.Id, PaymentOperationKind.Collection, default))!.Status);
        Assert.Equal(2, stripe.Calls("GET", "/v1/payment_intents/pi_1").Count);
    }
}
