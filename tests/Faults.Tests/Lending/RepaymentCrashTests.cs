using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Faults.Tests.Harness;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Store;

namespace Plateforme.Faults.Tests.Lending;

/// <summary>
/// A moderator records a carrier's repayment on the moderation page and the host dies while the repayment is being
/// shared among the lenders (everything written, not yet committed). After the restart nothing of it may remain
/// half-written; recorded again, the repayment is shared among the lenders to the cent and the ledger checker passes.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class RepaymentCrashTests(FaultsFixture fixture)
{
    private const string BeforeCommit = "lending.repayment.before-commit";
    private const long Repaid = 123_457;
    private static readonly long[] Loans = [250_000, 170_001, 80_003];

    // On PostgreSQL this scenario first found the moderation page's loan panel answering 500: it rendered before its
    // asynchronous load, which SQLite's synchronous I/O hid.
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Killed_while_sharing_a_repayment_nothing_is_half_recorded_and_the_shares_sum_to_the_cent(string provider)
    {
        var violationsBefore = fixture.Figures.Violations.Count;
        await using var site = await fixture.SiteAsync(provider);
        var lives = new Lives(site, fixture.Figures);

        // Migrations first, then a campaign taken to its disbursement through the lending services.
        await lives.KillAsync(await lives.StartAsync());
        var campaignId = await DisbursedCampaignAsync(site);

        var host = await lives.StartAsync(BeforeCommit);
        using (var moderator = new Visitor(site.Address))
        {
            await moderator.SignInAsync(FaultSite.AdminEmail, FaultSite.AdminPassword);
            try
            {
                await RecordAsync(moderator, campaignId);
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

        await lives.DiedAtPointAsync(host, BeforeCommit);
        var ledger = await site.Services.GetRequiredService<LedgerInvariantChecker>().CheckAsync();
        fixture.Figures.Check(ledger.IsHealthy, $"{provider} after the kill: ledger invariants: {string.Join(" ", ledger.Violations)}");
        var halfWritten = await ReadAsync(site, campaignId);
        fixture.Figures.Check(halfWritten.Repayments == 0 && halfWritten.Shares.Count == 0 && halfWritten.Messages == 0,
            $"{provider} after the kill: {halfWritten.Repayments} repayments, {halfWritten.Shares.Count} shares, {halfWritten.Messages} messages of an uncommitted repayment");

        await using var last = await lives.StartAsync();
        using (var moderator = new Visitor(site.Address))
        {
            await moderator.SignInAsync(FaultSite.AdminEmail, FaultSite.AdminPassword);
            var (status, page) = await RecordAsync(moderator, campaignId);
            fixture.Figures.Check(page.QuerySelector("[data-testid=repayment-form]") is not null && (int)status < 400,
                $"{provider}: recording the repayment again answered {status}");
        }

        ledger = await site.Services.GetRequiredService<LedgerInvariantChecker>().CheckAsync();
        fixture.Figures.Check(ledger.IsHealthy, $"{provider} after the restart: ledger invariants: {string.Join(" ", ledger.Violations)}");
        var recorded = await ReadAsync(site, campaignId);
        fixture.Figures.Check(recorded.Repayments == 1, $"{provider}: {recorded.Repayments} repayments recorded for one received");
        fixture.Figures.Check(recorded.Shares.Count == Loans.Length, $"{provider}: {recorded.Shares.Count} lenders' shares for {Loans.Length} lenders");
        fixture.Figures.Check(recorded.Shares.Sum() == Repaid, $"{provider}: the shares sum to {recorded.Shares.Sum()} cents for a repayment of {Repaid}");
        fixture.Figures.Check(recorded.Messages == Loans.Length + 1, $"{provider}: {recorded.Messages} « remboursement reçu » messages for {Loans.Length} lenders and the carrier");

        Assert.Empty(fixture.Figures.Violations.Skip(violationsBefore));
    }

    private static Task<(System.Net.HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Html)> RecordAsync(Visitor moderator, Guid campaignId) =>
        moderator.SubmitAsync($"/moderation/prets/{campaignId}", "repayment-form", new Dictionary<string, string>
        {
            ["Amount"] = (Repaid / 100m).ToString("0.00", CultureInfo.GetCultureInfo("fr-FR")),
            ["Reference"] = "VIR-REMBOURSEMENT-1",
            ["ReceivedOn"] = ParisToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

    private static DateOnly ParisToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

    private static Task<Guid> DisbursedCampaignAsync(FaultSite site) =>
        LoanArrangement.FundedAsync(site, Guid.NewGuid().ToString(), [.. Loans.Select(cents => (Guid.NewGuid().ToString(), cents))], disburse: true);

    /// <summary>The campaign's repayments, each lender's share of them (ledger allocation lines) and the repayment messages.</summary>
    private static async Task<(int Repayments, List<long> Shares, int Messages)> ReadAsync(FaultSite site, Guid campaignId)
    {
        await using var db = await site.Services.GetRequiredService<IDbContextFactory<LendingDbContext>>().CreateDbContextAsync();
        var repayments = await db.Repayments.CountAsync(r => r.CampaignId == campaignId);
        var allocations = db.LedgerTransactions.Where(t => t.CampaignId == campaignId && t.Code == LedgerCode.Allocation).Select(t => t.Id);
        var shares = await db.LedgerEntries.Where(e => allocations.Contains(e.TransactionId) && e.Account.StartsWith(LedgerAccounts.Lender("")))
            .Select(e => -e.AmountCents).ToListAsync();
        var messages = await db.OutgoingMessages.CountAsync(m => m.CampaignId == campaignId && m.Kind == Plateforme.Lending.Messages.OutgoingMessageKind.RepaymentReceived);
        return (repayments, shares, messages);
    }
}
