using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Repayments;

/// <summary>Random lender splits, terms, grace periods and repayments, end to end through the services and the database.</summary>
public sealed class RepaymentPropertyTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task Every_lender_stays_within_a_cent_of_their_share_and_gets_their_principal_back(int seed)
    {
        var random = new Random(seed);
        var loans = Enumerable.Range(0, random.Next(2, 12)).Select(_ => random.NextInt64(1_000, 130_001)).ToList();
        if (loans.Sum() < 20_000) loans.Add(20_000);
        var principal = loans.Sum();
        await using var fixture = await LendingFixture.SqliteAsync();
        var campaign = await TestData.DisbursedAsync(fixture, loans, termMonths: random.Next(1, 37), graceMonths: random.Next(0, 7));

        var schedule = await fixture.Repayments.GetScheduleAsync(campaign.Id);
        Assert.Equal(principal, schedule.Sum(i => i.AmountCents));
        long repaid = 0;
        for (var payment = 0; repaid < principal; payment++)
        {
            var amount = Math.Min(principal - repaid, random.Next(3) == 0 ? random.NextInt64(1, 100) : random.NextInt64(1, principal / 3 + 2));
            var result = await fixture.Repayments.RecordAsync(new RepaymentReceipt(campaign.Id, amount, new DateOnly(2027, 3, 1), $"p-{payment}", TestData.Moderator));
            repaid += amount;

            Assert.Equal(amount, result.Allocations.Sum(a => a.AmountCents));
            Assert.All(result.Allocations, a => Assert.True(a.AmountCents > 0));
            for (var i = 0; i < loans.Count; i++)
            {
                var balance = await fixture.Balances.GetBalanceAsync($"lender-{i + 1}");
                var exactTimesPrincipal = (Int128)repaid * loans[i];
                Assert.True(Int128.Abs((Int128)balance * principal - exactTimesPrincipal) < principal, $"seed {seed}, lender {i + 1}: {balance} after {repaid}");
            }
        }

        for (var i = 0; i < loans.Count; i++) Assert.Equal(loans[i], await fixture.Balances.GetBalanceAsync($"lender-{i + 1}"));
        Assert.Equal(CampaignState.Repaid, (await fixture.Campaigns.FindAsync(campaign.Id))!.State);
        var report = await fixture.Invariants.CheckAsync();
        Assert.True(report.IsHealthy, string.Join("\n", report.Violations));
    }
}
