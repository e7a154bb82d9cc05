using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Payments.Sepa;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.StripePayments;

/// <summary>Repayments by SEPA Direct Debit against the stand-in: the mandate, one debit per due date, and the webhook's verdict.</summary>
public sealed class StripeSepaTests : IDisposable
{
    private readonly StripeStandIn stripe = new();

    public void Dispose() => stripe.Dispose();

    /// <summary>Three loans of 100 € disbursed over 12 months (25 € instalments), the carrier's mandate signed, the first due date today.</summary>
    private async Task<(LendingFixture Fixture, Campaign Campaign)> MandateSignedOnDueDateAsync()
    {
        stripe.PledgeCheckouts();
        stripe.AnswerWhenBody("POST", "/v1/checkout/sessions", "sepa_debit", 200,
            "{\"id\":\"cs_mandate\",\"object\":\"checkout.session\",\"mode\":\"setup\",\"status\":\"open\",\"customer\":\"cus_T1\",\"url\":\"https://checkout.stripe.com/c/pay/cs_mandate\"}");
        stripe.Answer("GET", "/v1/checkout/sessions/cs_mandate", 200,
            "{\"id\":\"cs_mandate\",\"object\":\"checkout.session\",\"mode\":\"setup\",\"status\":\"complete\",\"customer\":\"cus_T1\",\"setup_intent\":\"seti_mandate\"}");
        stripe.Answer("GET", "/v1/setup_intents/seti_mandate", 200,
            "{\"id\":\"seti_mandate\",\"object\":\"setup_intent\",\"status\":\"succeeded\",\"usage\":\"off_session\",\"payment_method\":\"pm_sepa_1\",\"payment_method_types\":[\"sepa_debit\"],\"customer\":\"cus_T1\",\"mandate\":\"mandate_1\"}");
        stripe.Answer("POST", "/v1/payment_intents", 200, StripeStandIn.SepaIntent("pi_sepa_1", "processing", 2_500));
        var fixture = await LendingFixture.SqliteAsync(register: stripe.Register);
        var campaign = await TestData.DisbursedAsync(fixture, [10_000, 10_000, 10_000]);
        var mandates = fixture.Get<RepaymentMandates>();
        Assert.Equal(new Uri("https://checkout.stripe.com/c/pay/cs_mandate"), await mandates.StartAsync(campaign.Id, TestData.Carrier, default));
        await fixture.DeliverAsync("evt_mandate", "checkout.session.completed", "cs_mandate");
        Assert.Equal(MandateState.Signed, await mandates.StateAsync(campaign.Id, default));
        var first = (await fixture.Repayments.GetScheduleAsync(campaign.Id))[0];
        fixture.SetParisDay(first.DueDate);
        return (fixture, campaign);
    }

    [Fact]
    public async Task The_mandate_is_signed_on_a_setup_checkout_session_for_sepa_debit_only()
    {
        var (fixture, campaign) = await MandateSignedOnDueDateAsync();
        await using var _ = fixture;

        var calls = stripe.Calls("POST", "/v1/checkout/sessions").Where(c => StripeStandIn.Form(c).ContainsKey("allowed_payment_method_types[0]")).ToList();
        Assert.Equal([$"mandate:{campaign.Id:N}:1"], calls.Select(StripeStandIn.Key).Distinct());
        var call = calls[0];
        var form = StripeStandIn.Form(call);
        Assert.Equal(("setup", "sepa_debit", "cus_T1"), (form["mode"], form["allowed_payment_method_types[0]"], form["customer"]));
        Assert.Equal($"http://127.0.0.1:5306/prets/mes-campagnes/{campaign.Id}?mandat=retour", form["success_url"]);
    }

    [Fact]
    public async Task A_due_instalment_is_debited_once_stays_pending_then_is_shared_among_lenders_to_the_cent_when_the_webhook_confirms()
    {
        var (fixture, campaign) = await MandateSignedOnDueDateAsync();
        await using var _ = fixture;
        var debits = fixture.Get<RepaymentDebits>();

        Assert.Equal(1, await debits.RunAsync(default));
        Assert.Equal(0, await debits.RunAsync(default));
        Assert.Equal(0, (await fixture.Repayments.GetScheduleAsync(campaign.Id))[0].PaidCents);

        var calls = stripe.Calls("POST", "/v1/payment_intents");
        Assert.Equal([$"debit:{campaign.Id:N}:1"], calls.Select(StripeStandIn.Key).Distinct());
        var call = calls[0];
        var form = StripeStandIn.Form(call);
        Assert.Equal(("2500", "eur", "cus_T1", "pm_sepa_1"), (form["amount"], form["currency"], form["customer"], form["payment_method"]));
        Assert.Equal(("sepa_debit", "true", "true"), (form["allowed_payment_method_types[0]"], form["off_session"], form["confirm"]));

        stripe.Answer("GET", "/v1/payment_intents/pi_sepa_1", 200, StripeStandIn.SepaIntent("pi_sepa_1", "succeeded", 2_500));
        await fixture.DeliverAsync("evt_debit_ok", "payment_intent.succeeded", "pi_sepa_1");
        await fixture.DeliverAsync("evt_debit_ok_again", "payment_intent.succeeded", "pi_sepa_1");

        Assert.Equal(2_500, (await fixture.Repayments.GetScheduleAsync(campaign.Id))[0].PaidCents);
        var shares = new List<long>();
        for (var i = 1; i <= 3; i++) shares.Add(await fixture.Balances.GetBalanceAsync($"lender-{i}"));
        Assert.Equal([834L, 833L, 833L], shares);
        Assert.Equal(CampaignState.Repaying, (await fixture.ReloadAsync(campaign.Id)).State);
        Assert.True((await fixture.Invariants.CheckAsync()).IsHealthy);
    }

    [Fact]
    public async Task A_failed_debit_puts_the_instalment_in_the_late_procedure_at_once_and_records_no_repayment()
    {
        var (fixture, campaign) = await MandateSignedOnDueDateAsync();
        await using var _ = fixture;
        await fixture.Get<RepaymentDebits>().RunAsync(default);
        stripe.Answer("GET", "/v1/payment_intents/pi_sepa_1", 200, StripeStandIn.SepaIntent("pi_sepa_1", "requires_payment_method", 2_500, "insufficient_funds"));

        await fixture.DeliverAsync("evt_debit_failed", "payment_intent.payment_failed", "pi_sepa_1");

        var debit = (await fixture.Get<PaymentOperationStore>().ListForCampaignAsync(campaign.Id, default)).Single(o => o.Kind == PaymentOperationKind.RepaymentDebit);
        Assert.Equal((PaymentOperationStatus.Failed, "insufficient_funds"), (debit.Status, debit.FailureCode));
        await using var db = await fixture.OpenAsync();
        var instalment = await db.Instalments.SingleAsync(i => i.CampaignId == campaign.Id && i.Number == 1);
        Assert.Equal((0L, (DateOnly?)Calendar.ParisCalendar.Today(fixture.Time)), (instalment.PaidCents, instalment.LateSince));
        var late = await db.OutgoingMessages.Where(m => m.Kind == OutgoingMessageKind.InstalmentLate && m.CampaignId == campaign.Id).Select(m => m.DeduplicationKey).ToListAsync();
        Assert.Equal([$"late-moderators:{campaign.Id:N}:1", $"late:{campaign.Id:N}:1"], late.Order(StringComparer.Ordinal));
        Assert.Equal(0, await fixture.Balances.GetBalanceAsync("lender-1"));
    }
}
