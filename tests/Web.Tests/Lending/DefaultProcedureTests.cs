using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Balances;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Repayments;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.OperationsArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>Late instalments reach the moderators' board; three of them open a default procedure the moderator settles.</summary>
[Collection(LendingOperationsCollection.Name)]
public sealed class DefaultProcedureTests(AccountsApp app)
{
    [Fact]
    public async Task Three_late_instalments_show_on_the_board_and_a_reschedule_spreads_the_remaining_principal()
    {
        var arranged = await LateAsync();
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";

        var board = await moderator.GetAsync("/moderation/prets");
        var wrongTerm = await moderator.SubmitFormAsync(url, "[data-testid=reschedule-form]", Reschedule("0"));
        var rescheduled = await moderator.SubmitFormAsync(url, "[data-testid=reschedule-form]", Reschedule("10"));
        var after = await moderator.GetAsync(rescheduled.Redirect!);

        var row = $"[data-testid=loan-item][data-id='{arranged.Campaign.Id}']";
        Assert.StartsWith("3", board.Text(row + " [data-testid=late]"), StringComparison.Ordinal);
        Assert.NotNull(board.Html.QuerySelector(row + " [data-testid=default-procedure]"));
        Assert.Equal("La nouvelle durée doit être comprise entre 1 et 120 mois.", wrongTerm.Message);
        Assert.Equal(HttpStatusCode.Redirect, rescheduled.Status);
        Assert.Equal("Le capital restant est rééchelonné ; le porteur en est informé.", after.Message);
        Assert.Null(after.Html.QuerySelector("[data-testid=default-procedure]"));
        var schedule = await app.LendingAsync(s => s.GetRequiredService<RepaymentService>().GetScheduleAsync(arranged.Campaign.Id));
        var open = schedule.Where(i => i.Status != InstalmentStatus.Paid).ToList();
        Assert.Equal(10, open.Count);
        Assert.Equal(30_000, open.Sum(i => i.AmountCents));
        Assert.All(open, i => Assert.Equal(InstalmentStatus.Upcoming, i.Status));
        var history = await app.LendingAsync(s => s.GetRequiredService<CampaignService>().GetHistoryAsync(arranged.Campaign.Id));
        Assert.Contains(history, h => h.Reason.EndsWith("Perte d'emploi, accord trouvé avec le porteur.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_declared_default_writes_the_rest_off_and_tells_the_lenders()
    {
        var arranged = await LateAsync();
        using var moderator = await app.ModeratorAsync();
        var url = $"/moderation/prets/{arranged.Campaign.Id}";

        var withoutReason = await moderator.SubmitFormAsync(url, "[data-testid=declare-default-form]", new Dictionary<string, string> { ["Reason"] = "" });
        var declared = await moderator.SubmitFormAsync(url, "[data-testid=declare-default-form]",
            new Dictionary<string, string> { ["Reason"] = "Activité arrêtée, aucun remboursement possible." });
        var after = await moderator.GetAsync(declared.Redirect!);

        Assert.Equal("Indiquez le motif.", withoutReason.Message);
        Assert.Equal("Le défaut est déclaré ; les prêteurs en sont informés.", after.Message);
        Assert.Equal("Défaut de remboursement", after.Text("[data-testid=review-state]"));
        Assert.Null(after.Html.QuerySelector("[data-testid=repayment-form]"));
        var campaign = await app.LendingAsync(s => s.GetRequiredService<CampaignService>().FindAsync(arranged.Campaign.Id));
        Assert.Equal(CampaignState.Defaulted, campaign!.State);
        foreach (var lender in arranged.Lenders)
        {
            Assert.Equal(0, await app.LendingAsync(s => s.GetRequiredService<LenderBalanceService>().GetBalanceAsync(lender.Person.Id)));
        }

        Assert.True((await app.LendingAsync(s => s.GetRequiredService<LedgerInvariantChecker>().CheckAsync())).IsHealthy);
        await app.DrainMailAsync();
        var mail = await app.Mailbox.SingleAsync(arranged.Lenders[0].Person.Email, $"Défaut de remboursement : « {arranged.Campaign.Title} »");
        Assert.Contains("le capital restant de " + Euros(30_000) + " ne sera pas remboursé", LendingArrange.Plain(mail.TextBody), StringComparison.Ordinal);
    }

    /// <summary>Paid out, then three monthly instalments left unpaid more than ten days; the clock opens the procedure.</summary>
    private async Task<Arranged> LateAsync()
    {
        var arranged = await app.DisbursedAsync(30_000, 6, 15_000, 15_000);
        app.App.Clock.Advance(TimeSpan.FromDays(31 * 3 + 12));
        await app.RunClockAsync();
        var campaign = await app.LendingAsync(s => s.GetRequiredService<CampaignService>().FindAsync(arranged.Campaign.Id));
        Assert.NotNull(campaign!.DefaultProcedureOpenedAt);
        return arranged;
    }

    private Dictionary<string, string> Reschedule(string term) => new()
    {
        ["TermMonths"] = term,
        ["FirstDueDate"] = Iso(app.ParisToday().AddDays(30)),
        ["Reason"] = "Perte d'emploi, accord trouvé avec le porteur.",
    };
}
