using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Balances;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.OperationsArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>A moderator records what a carrier repaid; the page shows how it was applied and shared among the lenders.</summary>
[Collection(LendingOperationsCollection.Name)]
public sealed class RepaymentModerationTests(AccountsApp app)
{
    private static readonly long[] Loans = [10_000, 10_000, 10_001];

    [Fact]
    public async Task A_partial_repayment_is_shared_pro_rata_to_the_cent_and_credited_to_each_lender()
    {
        var arranged = await app.DisbursedAsync(30_001, 3, Loans);
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";

        var page = await moderator.SubmitFormAsync(url, "[data-testid=repayment-form]", new Dictionary<string, string>
        {
            ["Amount"] = "55,55",
            ["ReceivedOn"] = Iso(app.ParisToday()),
            ["Reference"] = "VIR PORTEUR 1",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Remboursement de " + Euros(5_555) + " enregistré.", page.Text("[data-testid=repayment-result] [data-testid=form-message]"));
        Assert.Equal("échéance n° 1 : " + Euros(5_555), page.Text("[data-testid=applied-instalment]"));
        var split = page.Html.QuerySelectorAll("[data-testid=split-line]")
            .ToDictionary(l => Guid.Parse(l.GetAttribute("data-pledge")!), l => LendingArrange.Plain(l.QuerySelector("[data-testid=split-amount]")!.TextContent));
        Assert.Equal(Euros(5_555), page.Text("[data-testid=split-total]"));
        var balances = new List<long>();
        foreach (var lender in arranged.Lenders)
        {
            var balance = await app.LendingAsync(s => s.GetRequiredService<LenderBalanceService>().GetBalanceAsync(lender.Person.Id));
            balances.Add(balance);
            // Within one cent of the exact share 5 555 × loan ÷ 30 001.
            Assert.InRange(balance * 30_001, (5_555 * lender.Pledge.AmountCents) - 30_001, (5_555 * lender.Pledge.AmountCents) + 30_001);
            Assert.Equal(Euros(balance), split[lender.Pledge.Id]);
            Assert.Equal(Euros(balance), page.Text($"[data-testid=lender][data-pledge='{lender.Pledge.Id}'] [data-testid=lender-balance-moderation]"));
        }

        Assert.Equal(5_555, balances.Sum());
        Assert.Equal(Euros(5_555), page.Text("[data-testid=loan-repaid]"));
        Assert.Equal(Euros(30_001 - 5_555), page.Text("[data-testid=loan-remaining]"));
        Assert.True((await app.LendingAsync(s => s.GetRequiredService<LedgerInvariantChecker>().CheckAsync())).IsHealthy);
    }

    [Fact]
    public async Task Several_months_at_once_then_the_rest_repay_the_loan_and_every_lender_gets_exactly_their_loan()
    {
        var arranged = await app.DisbursedAsync(30_001, 3, Loans);
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";
        var today = Iso(app.ParisToday());

        var twoMonths = await moderator.SubmitFormAsync(url, "[data-testid=repayment-form]", new Dictionary<string, string> { ["Amount"] = "200,01", ["ReceivedOn"] = today });
        var rest = await moderator.SubmitFormAsync(url, "[data-testid=repayment-form]", new Dictionary<string, string> { ["Amount"] = "100", ["ReceivedOn"] = today });
        var after = await moderator.GetAsync(url);

        Assert.Equal(["1", "2"], twoMonths.Html.QuerySelectorAll("[data-testid=applied-instalment]").Select(i => i.GetAttribute("data-number")!));
        Assert.Equal(Euros(20_001), twoMonths.Text("[data-testid=split-total]"));
        Assert.Equal(Euros(10_000), rest.Text("[data-testid=split-total]"));
        Assert.Equal("Remboursée", after.Text("[data-testid=review-state]"));
        Assert.Equal(Euros(0), after.Text("[data-testid=loan-remaining]"));
        Assert.All(after.Html.QuerySelectorAll("[data-testid=instalment]"), i => Assert.Equal("Paid", i.GetAttribute("data-status")));
        Assert.Null(after.Html.QuerySelector("[data-testid=repayment-form]"));
        foreach (var lender in arranged.Lenders)
        {
            Assert.Equal(lender.Pledge.AmountCents, await app.LendingAsync(s => s.GetRequiredService<LenderBalanceService>().GetBalanceAsync(lender.Person.Id)));
        }

        var campaign = await app.LendingAsync(s => s.GetRequiredService<CampaignService>().FindAsync(arranged.Campaign.Id));
        Assert.Equal(CampaignState.Repaid, campaign!.State);
    }

    [Fact]
    public async Task The_same_form_posted_twice_records_the_repayment_once()
    {
        var arranged = await app.DisbursedAsync(30_001, 3, Loans);
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";
        var form = await moderator.FormValuesAsync(url, "[data-testid=repayment-form]");
        form["Amount"] = "30";
        form["ReceivedOn"] = Iso(app.ParisToday());

        var first = await moderator.PostAsync(url, form);
        var again = await moderator.PostAsync(url, form);

        Assert.Equal("Remboursement de " + Euros(3_000) + " enregistré.", first.Text("[data-testid=repayment-result] [data-testid=form-message]"));
        Assert.Equal("Ce remboursement de " + Euros(3_000) + " était déjà enregistré : rien n'a été compté deux fois.",
            again.Text("[data-testid=repayment-result] [data-testid=form-message]"));
        Assert.Equal(Euros(3_000), again.Text("[data-testid=loan-repaid]"));
        Assert.Equal(first.Text("[data-testid=repayment-split]"), again.Text("[data-testid=repayment-split]"));
    }

    [Theory]
    [InlineData("300,02", "Le montant dépasse le capital restant dû (300,01 €).")]
    [InlineData("12,345", "Indiquez le montant reçu en euros, par exemple 125,50.")]
    [InlineData("0", "Indiquez le montant reçu en euros, par exemple 125,50.")]
    public async Task A_wrong_amount_is_refused_with_a_French_message_and_nothing_is_recorded(string amount, string message)
    {
        var arranged = await app.DisbursedAsync(30_001, 3, Loans);
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";

        var refused = await moderator.SubmitFormAsync(url, "[data-testid=repayment-form]",
            new Dictionary<string, string> { ["Amount"] = amount, ["ReceivedOn"] = Iso(app.ParisToday()) });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(message, LendingArrange.Plain(refused.Message));
        Assert.Equal(Euros(0), refused.Text("[data-testid=loan-repaid]"));
    }

    [Fact]
    public async Task A_repayment_dated_in_the_future_is_refused()
    {
        var arranged = await app.DisbursedAsync(30_001, 3, Loans);
        using var moderator = await app.ModeratorAsync();

        var refused = await moderator.SubmitFormAsync($"/moderation/prets/{arranged.Campaign.Id}", "[data-testid=repayment-form]",
            new Dictionary<string, string> { ["Amount"] = "10", ["ReceivedOn"] = Iso(app.ParisToday().AddDays(1)) });

        Assert.Equal("Indiquez la date de réception : ni dans le futur, ni avant le versement des fonds.", refused.Message);
    }
}
