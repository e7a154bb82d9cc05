using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Faults.Tests.Harness;
using Plateforme.Lending.Balances;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Store;

namespace Plateforme.Faults.Tests.Lending;

/// <summary>
/// A loan's money going out, through the moderators' pages, with the host killed at each step: the disbursement to
/// the carrier before and after its commit, a repayment right after its commit (before the outbox is drained), and a
/// lender's withdrawal right after it is marked paid. After every death: the ledger checker passes, the step is
/// recorded whole or not at all, nothing is paid twice when the moderator comes back, and in the end every e-mail
/// the steps owe the carrier and the lenders has left (at least once).
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class PayoutCrashTests(FaultsFixture fixture)
{
    private const string DisburseBefore = "lending.disbursement.before-commit";
    private const string DisburseAfter = "lending.disbursement.after-commit";
    private const string RepaymentAfter = "lending.repayment.after-commit";
    private const string WithdrawalAfter = "lending.withdrawal.after-commit";
    private const int TermMonths = 6;
    private const long Repaid = 84_001;
    private static readonly long[] Loans = [250_000, 170_001];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Killed_while_paying_out_a_loan_and_a_withdrawal_nothing_is_half_recorded_or_paid_twice_and_every_email_leaves(string provider)
    {
        var violationsBefore = fixture.Figures.Violations.Count;
        var figures = fixture.Figures;
        await using var site = await fixture.SiteAsync(provider);
        var lives = new Lives(site, figures);
        var people = new List<(Visitor Browser, string Id, string Email)>();
        try
        {
            // First life, armed before the disbursement's commit: the carrier and two lenders sign up on the site.
            var host = await lives.StartAsync(DisburseBefore);
            foreach (var name in new[] { "porteuse", "preteur-a", "preteur-b" })
            {
                var email = $"{name}-{Guid.NewGuid():N}@exemple.fr";
                var (browser, id) = await SiteAccounts.SignUpAsync(site, email, name);
                people.Add((browser, id, email));
            }

            var campaignId = await LoanArrangement.FundedAsync(site, people[0].Id, [(people[1].Id, Loans[0]), (people[2].Id, Loans[1])], disburse: false);
            await ModeratorPostsAsync(site, host, $"/moderation/prets/{campaignId}", "disburse-form", []);
            await lives.DiedAtPointAsync(host, DisburseBefore);
            var state = await ReadAsync(site, campaignId);
            await LedgerHoldsAsync(site, figures, "after " + DisburseBefore);
            figures.Check(state is { Disbursements: 0, Instalments: 0, State: CampaignState.Funded, Messages.Disbursed: 0 },
                $"{provider} after {DisburseBefore}: {state.Disbursements} disbursements, {state.Instalments} instalments, {state.State}, {state.Messages.Disbursed} messages of an uncommitted disbursement");

            host = await lives.StartAsync(DisburseAfter);
            await ModeratorPostsAsync(site, host, $"/moderation/prets/{campaignId}", "disburse-form", []);
            await lives.DiedAtPointAsync(host, DisburseAfter);
            state = await ReadAsync(site, campaignId);
            await LedgerHoldsAsync(site, figures, "after " + DisburseAfter);
            figures.Check(state is { Disbursements: 1, Instalments: TermMonths, State: CampaignState.Disbursed } && state.Messages.Disbursed == Loans.Length + 1,
                $"{provider} after {DisburseAfter}: {state.Disbursements} disbursements, {state.Instalments} instalments, {state.State}, {state.Messages.Disbursed} « prêt versé » messages");

            host = await lives.StartAsync(RepaymentAfter);
            await ModeratorPostsAsync(site, host, $"/moderation/prets/{campaignId}", "repayment-form", new Dictionary<string, string>
            {
                ["Amount"] = (Repaid / 100m).ToString("0.00", CultureInfo.GetCultureInfo("fr-FR")),
                ["Reference"] = "VIR-REMBOURSEMENT-1",
                ["ReceivedOn"] = ParisToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
            await lives.DiedAtPointAsync(host, RepaymentAfter);
            state = await ReadAsync(site, campaignId);
            await LedgerHoldsAsync(site, figures, "after " + RepaymentAfter);
            figures.Check(state.Repayments == 1 && state.Shares == Repaid && state.Messages.Repaid == Loans.Length + 1,
                $"{provider} after {RepaymentAfter}: {state.Repayments} repayments, shares summing to {state.Shares} cents of {Repaid}, {state.Messages.Repaid} « remboursement reçu » messages");

            // The first lender asks for their whole balance; the moderator pays it and the host dies right after.
            var balances = site.Services.GetRequiredService<LenderBalanceService>();
            var balance = await balances.GetBalanceAsync(people[1].Id);
            var withdrawal = await balances.RequestWithdrawalAsync(people[1].Id, balance, "retrait-" + Guid.NewGuid().ToString("N"));
            var paidFields = new Dictionary<string, string> { ["WithdrawalId"] = withdrawal.Id.ToString(), ["TransferReference-" + withdrawal.Id.ToString("N")] = "VIR-RETRAIT-1" };
            host = await lives.StartAsync(WithdrawalAfter);
            await ModeratorPostsAsync(site, host, "/moderation/prets", "withdrawals-form", paidFields);
            await lives.DiedAtPointAsync(host, WithdrawalAfter);
            await LedgerHoldsAsync(site, figures, "after " + WithdrawalAfter);
            var paid = await WithdrawalPaymentsAsync(site, withdrawal.Id);
            figures.Check(paid == (1, WithdrawalStatus.Paid), $"{provider} after {WithdrawalAfter}: {paid.Transactions} payments recorded, withdrawal {paid.Status}");

            // The moderator comes back: the loan is not offered for payment again, and a second « payé » pays nothing.
            await using var last = await lives.StartAsync();
            using (var moderator = new Visitor(site.Address))
            {
                await moderator.SignInAsync(FaultSite.AdminEmail, FaultSite.AdminPassword);
                var (_, page) = await moderator.GetAsync($"/moderation/prets/{campaignId}");
                figures.Check(page.QuerySelector("[data-testid=disburse-form]") is null, $"{provider}: the disbursed loan is offered for payment again");
                await moderator.SubmitAsync("/moderation/prets", "withdrawals-form", paidFields);
            }

            state = await ReadAsync(site, campaignId);
            paid = await WithdrawalPaymentsAsync(site, withdrawal.Id);
            figures.Check(state.Disbursements == 1 && paid.Transactions == 1, $"{provider} at the end: {state.Disbursements} disbursements, {paid.Transactions} withdrawal payments");
            await LedgerHoldsAsync(site, figures, "at the end");
            await MailsLeftAsync(site, figures, people.Select(p => (p.Id, p.Email)).ToList());
        }
        finally
        {
            foreach (var person in people) person.Browser.Dispose();
        }

        Assert.Empty(figures.Violations.Skip(violationsBefore));
    }

    /// <summary>The moderator posts a form of a moderation page; the host may die under the request.</summary>
    private static async Task ModeratorPostsAsync(FaultSite site, WebProcess host, string page, string form, Dictionary<string, string> fields)
    {
        using var moderator = new Visitor(site.Address);
        await moderator.SignInAsync(FaultSite.AdminEmail, FaultSite.AdminPassword);
        try
        {
            await moderator.SubmitAsync(page, form, fields);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            // The host died under the request: expected.
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidOperationException(exception.Message + "\n" + host.Output, exception);
        }
    }

    private static async Task LedgerHoldsAsync(FaultSite site, FaultFigures figures, string when)
    {
        var ledger = await site.Services.GetRequiredService<LedgerInvariantChecker>().CheckAsync();
        figures.Check(ledger.IsHealthy, $"{site.ProviderName} {when}: ledger invariants: {string.Join(" ", ledger.Violations)}");
    }

    /// <summary>Every outbox message to these people is marked sent, and each got at least that many e-mails besides the sign-up's.</summary>
    private static async Task MailsLeftAsync(FaultSite site, FaultFigures figures, List<(string Id, string Email)> people)
    {
        var owed = new List<string>();
        try
        {
            await Eventually.TrueAsync(async () =>
            {
                await using var db = await site.Services.GetRequiredService<IDbContextFactory<LendingDbContext>>().CreateDbContextAsync();
                var ids = people.Select(p => p.Id).ToList();
                var messages = await db.OutgoingMessages.AsNoTracking().Where(m => m.RecipientUserId != null && ids.Contains(m.RecipientUserId)).ToListAsync();
                owed = [.. people
                    .Select(p => (p.Email, Owed: messages.Count(m => m.RecipientUserId == p.Id), Unsent: messages.Count(m => m.RecipientUserId == p.Id && m.SentAt is null), Mails: Mailbox.To(site.MailFolder, p.Email).Count))
                    .Where(p => p.Unsent > 0 || p.Mails < p.Owed + 1)
                    .Select(p => $"{p.Email}: {p.Unsent} unsent of {p.Owed}, {p.Mails} e-mails")];
                return owed.Count == 0;
            }, "every lending e-mail to leave", TimeSpan.FromSeconds(45));
        }
        catch (Xunit.Sdk.XunitException)
        {
            // Reported below as a violation, with who is still owed what.
        }

        figures.Check(owed.Count == 0, $"{site.ProviderName}: lending e-mails lost: {string.Join("; ", owed)}");
    }

    private static async Task<(int Transactions, WithdrawalStatus Status)> WithdrawalPaymentsAsync(FaultSite site, Guid withdrawalId)
    {
        await using var db = await site.Services.GetRequiredService<IDbContextFactory<LendingDbContext>>().CreateDbContextAsync();
        var transactions = await db.LedgerTransactions.CountAsync(t => t.Code == LedgerCode.WithdrawalPaid && t.IdempotencyKey == "withdrawal-paid:" + withdrawalId.ToString("N"));
        var status = await db.WithdrawalRequests.Where(w => w.Id == withdrawalId).Select(w => w.Status).SingleAsync();
        return (transactions, status);
    }

    private static async Task<LoanState> ReadAsync(FaultSite site, Guid campaignId)
    {
        await using var db = await site.Services.GetRequiredService<IDbContextFactory<LendingDbContext>>().CreateDbContextAsync();
        var disbursements = await db.LedgerTransactions.CountAsync(t => t.CampaignId == campaignId && t.Code == LedgerCode.Disbursement);
        var instalments = await db.Instalments.CountAsync(i => i.CampaignId == campaignId);
        var state = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.State).SingleAsync();
        var repayments = await db.Repayments.CountAsync(r => r.CampaignId == campaignId);
        var allocations = db.LedgerTransactions.Where(t => t.CampaignId == campaignId && t.Code == LedgerCode.Allocation).Select(t => t.Id);
        var shares = await db.LedgerEntries.Where(e => allocations.Contains(e.TransactionId) && e.Account.StartsWith(LedgerAccounts.Lender(""))).SumAsync(e => -e.AmountCents);
        var disbursed = await db.OutgoingMessages.CountAsync(m => m.CampaignId == campaignId && m.Kind == OutgoingMessageKind.Disbursed);
        var repaid = await db.OutgoingMessages.CountAsync(m => m.CampaignId == campaignId && m.Kind == OutgoingMessageKind.RepaymentReceived);
        return new LoanState(disbursements, instalments, state, repayments, shares, (disbursed, repaid));
    }

    private static DateOnly ParisToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

    private readonly record struct LoanState(int Disbursements, int Instalments, CampaignState State, int Repayments, long Shares, (int Disbursed, int Repaid) Messages);
}
