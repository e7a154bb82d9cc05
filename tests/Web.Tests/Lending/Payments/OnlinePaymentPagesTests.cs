using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Payments.Reconciliation;
using Plateforme.Web.Tests.Accounts;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Plateforme.Web.Tests.Lending.Payments;

/// <summary>
/// The running application with Stripe (a WireMock stand-in): the carrier's « Recevoir les fonds » and the account's
/// state in French, the reminder link's refusals, and the reconciliation's differences for moderators and administrators.
/// </summary>
public sealed class OnlinePaymentPagesTests(StripeWebhookApp fixture) : IClassFixture<StripeWebhookApp>
{
    private readonly AccountsApp app = fixture.App;

    private void Answer(string method, string path, string json) =>
        fixture.Stripe.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(json));

    private static string Account(string id, bool submitted) =>
        "{\"id\":\"" + id + "\",\"object\":\"account\",\"type\":\"express\",\"details_submitted\":" + (submitted ? "true" : "false")
        + ",\"payouts_enabled\":false,\"charges_enabled\":false,\"capabilities\":{\"transfers\":\"inactive\"},\"requirements\":{\"currently_due\":"
        + (submitted ? "[]" : "[\"external_account\"]") + "}}";

    [Fact]
    public async Task A_carrier_clicks_receive_funds_goes_to_Stripe_and_back_sees_the_account_to_complete_in_French()
    {
        Answer("POST", "/v1/accounts", Account("acct_web", submitted: false));
        Answer("GET", "/v1/accounts/acct_web", Account("acct_web", submitted: false));
        Answer("POST", "/v1/account_links", "{\"object\":\"account_link\",\"url\":\"https://connect.stripe.com/setup/e/acct_web/xyz\"}");
        var (carrier, carrierId) = await app.MemberAsync("Boulangerie du Port");
        using var _ = carrier;
        var campaign = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Four à pain " + Guid.NewGuid().ToString("N")[..6], 100_000));
        var dashboard = $"/prets/mes-campagnes/{campaign.Id}";

        var before = await carrier.GetAsync(dashboard);
        var clicked = await carrier.SubmitAsync(dashboard, "connect-form", new Dictionary<string, string>());
        var back = await carrier.GetAsync(dashboard + "?connect=retour");

        Assert.Equal("pas encore ouvert", before.Html.QuerySelector("[data-testid=connect-state]")!.TextContent.Trim());
        Assert.Equal("Recevoir les fonds", before.Html.QuerySelector("[data-testid=connect-form] button")!.TextContent.Trim());
        Assert.Equal(new Uri("https://connect.stripe.com/setup/e/acct_web/xyz"), clicked.Location);
        Assert.Equal("à compléter", back.Html.QuerySelector("[data-testid=connect-state]")!.TextContent.Trim());
        Assert.Contains("De retour de Stripe", back.Html.QuerySelector("[data-testid=payments-notice]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Compléter mon compte de paiement", back.Html.QuerySelector("[data-testid=connect-form] button")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_reminder_link_of_someone_elses_pledge_says_so_in_French()
    {
        var (member, _) = await app.MemberAsync("Curieux");
        using var __ = member;

        var page = await member.GetAsync($"/prets/paiement/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Ce lien de paiement ne correspond à aucune promesse en attente de votre compte.", page.Text.Trim());
    }

    [Fact]
    public async Task Reconciliation_differences_show_on_the_moderators_page_and_in_the_administrators_health()
    {
        Answer("GET", "/v1/charges", "{\"object\":\"list\",\"url\":\"/v1/charges\",\"has_more\":false,\"data\":[{\"id\":\"ch_web_stranger\",\"object\":\"charge\",\"amount\":1234,\"currency\":\"eur\",\"status\":\"succeeded\",\"payment_intent\":\"pi_web_stranger\"}]}");
        Answer("GET", "/v1/refunds", "{\"object\":\"list\",\"url\":\"/v1/refunds\",\"has_more\":false,\"data\":[]}");
        Answer("GET", "/v1/transfers", "{\"object\":\"list\",\"url\":\"/v1/transfers\",\"has_more\":false,\"data\":[]}");
        Answer("GET", "/v1/balance_transactions", "{\"object\":\"list\",\"url\":\"/v1/balance_transactions\",\"has_more\":false,\"data\":[]}");
        await app.WithStoreAsync(services => services.GetRequiredService<StripeReconciliation>().RunAsync(ParisCalendar.Today(app.App.Clock), default));
        using var admin = await app.ModeratorAsync();

        var page = await admin.GetAsync("/moderation/paiements-en-ligne");
        var health = await admin.GetAsync("/api/admin/lending/health");

        var row = page.Html.QuerySelectorAll("[data-testid=difference]").Single(r => r.TextContent.Contains("ch_web_stranger", StringComparison.Ordinal));
        Assert.Equal("inconnu de la plateforme", row.QuerySelector("[data-testid=difference-kind]")!.TextContent.Trim());
        Assert.Contains("12,34", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
        using var json = JsonDocument.Parse(health.Text);
        var difference = json.RootElement.GetProperty("paymentDifferences").EnumerateArray().Single(d => d.GetProperty("stripeId").GetString() == "ch_web_stranger");
        Assert.Equal(("unknown_at_platform", 1234), (difference.GetProperty("difference").GetString(), difference.GetProperty("stripeCents").GetInt64()));
    }
}
