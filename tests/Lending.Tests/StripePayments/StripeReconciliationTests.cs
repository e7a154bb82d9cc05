using Plateforme.Lending.Calendar;
using Plateforme.Lending.Payments.Reconciliation;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.StripePayments;

/// <summary>The daily reconciliation reads every page of Stripe's lists and records each difference with the ledger.</summary>
public sealed class StripeReconciliationTests : IDisposable
{
    private readonly StripeStandIn stripe = new();

    public void Dispose() => stripe.Dispose();

    private static string Charge(string id, string intent, long amount) =>
        "{\"id\":\"" + id + "\",\"object\":\"charge\",\"amount\":" + amount + ",\"currency\":\"eur\",\"status\":\"succeeded\",\"paid\":true,\"payment_intent\":\"" + intent + "\"}";

    private static string Balance(string id, string type, string source, long amount) =>
        "{\"id\":\"" + id + "\",\"object\":\"balance_transaction\",\"amount\":" + amount + ",\"currency\":\"eur\",\"type\":\"" + type + "\",\"source\":\"" + source + "\"}";

    [Fact]
    public async Task Every_page_is_read_and_unknown_charges_transfers_and_unmatched_balance_moves_are_recorded_once_per_day()
    {
        stripe.Answer("POST", "/v1/customers", 200, "{\"id\":\"cus_T1\",\"object\":\"customer\"}");
        stripe.Answer("POST", "/v1/checkout/sessions", 200,
            "{\"id\":\"cs_don\",\"object\":\"checkout.session\",\"mode\":\"payment\",\"status\":\"open\",\"url\":\"https://checkout.stripe.com/c/pay/cs_don\"}");
        stripe.Answer("GET", "/v1/checkout/sessions/cs_don", 200,
            "{\"id\":\"cs_don\",\"object\":\"checkout.session\",\"mode\":\"payment\",\"status\":\"complete\",\"payment_status\":\"paid\",\"payment_intent\":\"pi_don\"}");
        stripe.AnswerPage("/v1/charges", "starting_after", null, StripeStandIn.List("/v1/charges", true, Charge("ch_don", "pi_don", 4_200)));
        stripe.AnswerPage("/v1/charges", "starting_after", "ch_don", StripeStandIn.List("/v1/charges", false, Charge("ch_stranger", "pi_stranger", 999)));
        stripe.Answer("GET", "/v1/refunds", 200, StripeStandIn.List("/v1/refunds", false));
        stripe.Answer("GET", "/v1/transfers", 200, StripeStandIn.List("/v1/transfers", false,
            "{\"id\":\"tr_stranger\",\"object\":\"transfer\",\"amount\":5000,\"amount_reversed\":0,\"currency\":\"eur\",\"destination\":\"acct_x\"}"));
        stripe.Answer("GET", "/v1/balance_transactions", 200, StripeStandIn.List("/v1/balance_transactions", false,
            Balance("txn_don", "charge", "ch_don", 4_200), Balance("txn_odd", "charge", "ch_elsewhere", 100)));
        await using var fixture = await LendingFixture.SqliteAsync(register: stripe.Register);
        var campaign = await TestData.PublishedAsync(fixture);
        await fixture.Pledges.PledgeAsync(TestData.Donation(campaign.Id, "donor-1", 4_200));
        await fixture.DeliverAsync("evt_don", "checkout.session.completed", "cs_don");
        var reconciliation = fixture.Get<StripeReconciliation>();
        var today = ParisCalendar.Today(fixture.Time);

        await reconciliation.RunAsync(today, default);
        var differences = await reconciliation.RunAsync(today, default);

        Assert.Equal(
            [("balance", "txn_odd", DifferenceKinds.BalanceUnmatched), ("charge", "ch_stranger", DifferenceKinds.UnknownAtPlatform), ("transfer", "tr_stranger", DifferenceKinds.UnknownAtPlatform)],
            differences.Select(d => (d.ObjectKind, d.ObjectId, d.Detail)).Order().ToList());
        Assert.Equal(999, differences.Single(d => d.ObjectId == "ch_stranger").ProviderCents);
        Assert.Equal(3, (await reconciliation.ListAsync(30, default)).Count);
        Assert.Contains(stripe.Calls("GET", "/v1/charges"), c => c.RequestMessage.Query!.TryGetValue("starting_after", out var after) && after.Single() == "ch_don");
        Assert.All(stripe.Calls("GET", "/v1/charges"), c => Assert.Equal("100", c.RequestMessage.Query!["limit"].Single()));
    }
}
