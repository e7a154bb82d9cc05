using Plateforme.Data;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Store;
using Plateforme.Lending.Tests.Support;
using Plateforme.Lending.Validation;
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
            Assert.Equal(DatabaseProvider.PostgreSql, db.Provider);
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

    [Fact]
    public async Task The_one_statement_pledge_keeps_the_rules_and_refusals_still_say_why()
    {
        await using var fixture = await LendingFixture.PostgresAsync(await postgres.CreateDatabaseAsync());
        var campaign = await TestData.PublishedAsync(fixture, TestData.Draft(goalCents: 1_000_000, donations: false));

        await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 300_000));
        var overCap = await Assert.ThrowsAsync<LendingValidationException>(() => fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 200_001)));
        var donation = await Assert.ThrowsAsync<LendingValidationException>(() => fixture.Pledges.PledgeAsync(TestData.Donation(campaign.Id, "donor-1", 5_000)));
        var tooSmall = await Assert.ThrowsAsync<LendingValidationException>(() => fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-2", 999)));
        await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-2", 500_000));
        var overGoal = await Assert.ThrowsAsync<LendingValidationException>(() => fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-3", 200_001)));
        var last = await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-3", 200_000));

        Assert.Contains("il vous reste 2\u202f000\u00a0€", overCap.Errors["AmountCents"][0], StringComparison.Ordinal);
        Assert.True(donation.Errors.ContainsKey("Kind"));
        Assert.Contains("minimum", tooSmall.Errors["AmountCents"][0], StringComparison.Ordinal);
        Assert.Equal("Il ne reste que 2\u202f000\u00a0€ à financer.", overGoal.Errors["AmountCents"][0]);
        Assert.Equal("Camille lender-3", last.Pledge.LenderName);
        var summary = await fixture.Campaigns.GetSummaryAsync(campaign.Id);
        Assert.Equal((1_000_000L, 1_000_000L, 0L), (summary.PledgedCents, summary.Campaign.PledgedCents, summary.RemainingCents));
        Assert.True((await fixture.Invariants.CheckAsync()).IsHealthy);
    }

    [Fact]
    public async Task One_lender_pledging_twenty_times_at_once_stays_within_the_per_lender_cap()
    {
        await using var fixture = await LendingFixture.PostgresAsync(await postgres.CreateDatabaseAsync());
        var campaign = await TestData.PublishedAsync(fixture, TestData.Draft(goalCents: 1_500_000));

        var attempts = Enumerable.Range(0, 20).Select(async _ =>
        {
            try
            {
                await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "eager-lender", 100_000));
                return true;
            }
            catch (LendingValidationException)
            {
                return false;
            }
        });
        var accepted = (await Task.WhenAll(attempts)).Count(a => a);

        Assert.Equal(5, accepted);
        Assert.Equal(500_000, (await fixture.Campaigns.GetSummaryAsync(campaign.Id)).PledgedLoansCents);
    }
}
