using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Store;
using Plateforme.Lending.Tests.Support;
using Plateforme.Testing;

namespace Plateforme.Lending.Tests.Concurrency;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConcurrencyTests(ThrowawayPostgres postgres)
{
    [Fact]
    public async Task Two_hundred_parallel_pledges_never_overfund_a_campaign_on_postgresql()
    {
        await using var fixture = await LendingFixture.PostgresAsync(await postgres.CreateDatabaseAsync());

        await OverfundingScenario.RunAsync(fixture);
    }

    [Fact]
    public async Task A_full_loan_keeps_the_ledger_invariants_on_postgresql()
    {
        await using var fixture = await LendingFixture.PostgresAsync(await postgres.CreateDatabaseAsync());
        var campaign = await TestData.DisbursedAsync(fixture, [10_000, 20_000, 30_001], termMonths: 5);
        using (var db = await fixture.OpenAsync())
        {
            Assert.Equal(LendingDatabaseProvider.PostgreSql, db.Provider);
        }

        foreach (var (amount, i) in new long[] { 12_000, 1, 30_000, 18_000 }.Select((a, i) => (a, i)))
        {
            await fixture.Repayments.RecordAsync(new RepaymentReceipt(campaign.Id, amount, new DateOnly(2027, 2, 1), $"pg-{i}", TestData.Moderator));
        }

        var report = await fixture.Invariants.CheckAsync();
        Assert.True(report.IsHealthy, string.Join("\n", report.Violations));
        Assert.Equal(10_000, await fixture.Balances.GetBalanceAsync("lender-1"));
        Assert.Equal(CampaignState.Repaid, (await fixture.Campaigns.FindAsync(campaign.Id))!.State);
    }
}
