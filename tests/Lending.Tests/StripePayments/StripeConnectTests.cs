using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments.Connect;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Payments.Stripe;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.StripePayments;

/// <summary>Connect against the stand-in: the carrier's account opened once, its state, and the disbursement's transfer through the outbox.</summary>
public sealed class StripeConnectTests : IDisposable
{
    private readonly StripeStandIn stripe = new();

    public void Dispose() => stripe.Dispose();

    private Task<LendingFixture> FixtureAsync() => LendingFixture.SqliteAsync(register: stripe.Register);

    private const string LinkJson = "{\"object\":\"account_link\",\"created\":1795000000,\"expires_at\":1795000300,\"url\":\"https://connect.stripe.com/setup/e/acct_1/link\"}";

    [Fact]
    public async Task Receive_funds_opens_the_connected_account_once_and_each_link_returns_to_the_dashboard()
    {
        stripe.Answer("POST", "/v1/accounts", 200, StripeStandIn.Account("acct_1", detailsSubmitted: false, payoutsEnabled: false, "external_account"));
        stripe.Answer("POST", "/v1/account_links", 200, LinkJson);
        await using var fixture = await FixtureAsync();
        var campaign = await TestData.PublishedAsync(fixture);
        var accounts = fixture.Get<CarrierAccounts>();

        var first = await accounts.OnboardingLinkAsync(TestData.Carrier, campaign.Id, default);
        fixture.Time.Advance(TimeSpan.FromMinutes(5));
        await accounts.OnboardingLinkAsync(TestData.Carrier, campaign.Id, default);

        Assert.Equal(new Uri("https://connect.stripe.com/setup/e/acct_1/link"), first);
        var accountCalls = stripe.Calls("POST", "/v1/accounts");
        Assert.Equal(["connect-account:" + TestData.Carrier], accountCalls.Select(StripeStandIn.Key).Distinct());
        var created = accountCalls[0];
        var form = StripeStandIn.Form(created);
        Assert.Equal(("express", "FR", "true", TestData.Carrier), (form["type"], form["country"], form["capabilities[transfers][requested]"], form["metadata[user_id]"]));
        var links = stripe.Calls("POST", "/v1/account_links");
        Assert.Equal(2, links.Select(StripeStandIn.Key).Distinct().Count());
        var link = StripeStandIn.Form(links[0]);
        Assert.Equal(("acct_1", "account_onboarding"), (link["account"], link["type"]));
        Assert.Equal($"http://127.0.0.1:5306/prets/mes-campagnes/{campaign.Id}?connect=retour", link["return_url"]);
        Assert.Equal($"http://127.0.0.1:5306/prets/mes-campagnes/{campaign.Id}?connect=relance", link["refresh_url"]);
    }

    [Fact]
    public async Task The_account_state_is_read_from_Stripe_to_complete_in_review_or_ready()
    {
        stripe.Answer("GET", "/v1/accounts/acct_a", 200, StripeStandIn.Account("acct_a", false, false, "individual.first_name"));
        stripe.Answer("GET", "/v1/accounts/acct_b", 200, StripeStandIn.Account("acct_b", true, false));
        stripe.Answer("GET", "/v1/accounts/acct_c", 200, StripeStandIn.Account("acct_c", true, true));
        await using var fixture = await FixtureAsync();
        var accounts = fixture.Get<CarrierAccounts>();
        var store = fixture.Get<PaymentOperationStore>();
        Assert.Equal(CarrierAccountState.NotStarted, await accounts.StateAsync("carrier-a", default));
        foreach (var letter in new[] { "a", "b", "c" }) await store.SaveAccountAsync("carrier-" + letter, "acct_" + letter, default);

        var states = new List<CarrierAccountState>();
        foreach (var letter in new[] { "a", "b", "c" }) states.Add(await accounts.StateAsync("carrier-" + letter, default));

        Assert.Equal([CarrierAccountState.ToComplete, CarrierAccountState.InReview, CarrierAccountState.Ready], states);
        var enabled = new List<bool>();
        foreach (var letter in new[] { "a", "b", "c" }) enabled.Add((await store.FindAccountAsync("carrier-" + letter, default))!.PayoutsEnabled);
        Assert.Equal([false, false, true], enabled);
    }

    [Fact]
    public async Task A_disbursement_waits_for_the_carriers_account_and_transfers_when_Stripe_says_it_is_ready()
    {
        stripe.PledgeCheckouts();
        stripe.Answer("GET", "/v1/accounts/acct_1", 200, StripeStandIn.Account("acct_1", true, true));
        stripe.Answer("POST", "/v1/transfers", 200, "{\"id\":\"tr_1\",\"object\":\"transfer\",\"amount\":30000,\"currency\":\"eur\",\"destination\":\"acct_1\"}");
        await using var fixture = await FixtureAsync();

        var campaign = await TestData.DisbursedAsync(fixture, [20_000, 10_000]);

        var key = "disbursement:" + campaign.Id.ToString("N");
        var waiting = (await fixture.Get<PaymentOperationStore>().ListForCampaignAsync(campaign.Id, default)).Single(o => o.Kind == PaymentOperationKind.Transfer);
        Assert.Equal((key, PaymentOperationStatus.RequiresAction, "account_not_started", 30_000L), (waiting.IdempotencyKey, waiting.Status, waiting.FailureCode, waiting.AmountCents));
        Assert.Empty(stripe.Calls("POST", "/v1/transfers"));

        await fixture.Get<PaymentOperationStore>().SaveAccountAsync(TestData.Carrier, "acct_1", default);
        await fixture.DeliverAsync("evt_account_ready", "account.updated", "acct_1");

        var transfers = stripe.Calls("POST", "/v1/transfers");
        Assert.Equal([key], transfers.Select(StripeStandIn.Key).Distinct());
        var call = transfers[0];
        var form = StripeStandIn.Form(call);
        Assert.Equal(("acct_1", "30000", "eur", StripePaymentProvider.TransferGroup(campaign.Id)), (form["destination"], form["amount"], form["currency"], form["transfer_group"]));
        var sent = (await fixture.Get<PaymentOperationStore>().ListForCampaignAsync(campaign.Id, default)).Single(o => o.Kind == PaymentOperationKind.Transfer);
        Assert.Equal((PaymentOperationStatus.Succeeded, "tr_1"), (sent.Status, sent.ProviderObjectId));
    }

    [Fact]
    public async Task A_transfer_interrupted_after_the_ledger_commit_is_sent_from_the_outbox_with_the_same_key_once()
    {
        stripe.PledgeCheckouts();
        stripe.Answer("GET", "/v1/accounts/acct_1", 200, StripeStandIn.Account("acct_1", true, true));
        // The first call hangs (the process is stopped meanwhile); Stripe answers the key's first result afterwards.
        stripe.Answer("POST", "/v1/transfers", 200, "{\"id\":\"tr_1\",\"object\":\"transfer\",\"amount\":30000,\"currency\":\"eur\",\"destination\":\"acct_1\"}",
            "crash", null, "sent", TimeSpan.FromSeconds(5));
        stripe.Answer("POST", "/v1/transfers", 200, "{\"id\":\"tr_1\",\"object\":\"transfer\",\"amount\":30000,\"currency\":\"eur\",\"destination\":\"acct_1\"}", "crash", "sent");
        await using var fixture = await FixtureAsync();
        await fixture.Get<PaymentOperationStore>().SaveAccountAsync(TestData.Carrier, "acct_1", default);
        var campaign = await TestData.PublishedAsync(fixture, TestData.Draft(goalCents: 30_000));
        var pledge = (await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 30_000))).Pledge;
        fixture.SetParisDay(TestData.EndDate.AddDays(1));
        await fixture.Clock.RunAsync();
        await fixture.Pledges.ConfirmPaymentAsync(pledge.Id, TestData.Moderator, Payments.PaymentMethod.Transfer, "VIR-1");

        using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(1500));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Loans.DisburseAsync(campaign.Id, TestData.Moderator, stopping.Token));
        Assert.Equal(CampaignState.Disbursed, (await fixture.ReloadAsync(campaign.Id)).State);
        var left = (await fixture.Get<PaymentOperationStore>().ListForCampaignAsync(campaign.Id, default)).Single(o => o.Kind == PaymentOperationKind.Transfer);
        Assert.Equal(PaymentOperationStatus.Started, left.Status);

        fixture.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await fixture.Get<PayoutOutboxDrain>().DrainOnceAsync(default));
        Assert.Equal(0, await fixture.Get<PayoutOutboxDrain>().DrainOnceAsync(default));

        var keys = stripe.Calls("POST", "/v1/transfers").Select(StripeStandIn.Key).Distinct().ToList();
        Assert.Equal(["disbursement:" + campaign.Id.ToString("N")], keys);
        var sent = (await fixture.Get<PaymentOperationStore>().ListForCampaignAsync(campaign.Id, default)).Single(o => o.Kind == PaymentOperationKind.Transfer);
        Assert.Equal((PaymentOperationStatus.Succeeded, "tr_1"), (sent.Status, sent.ProviderObjectId));
        Assert.True((await fixture.Invariants.CheckAsync()).IsHealthy);
    }
}
