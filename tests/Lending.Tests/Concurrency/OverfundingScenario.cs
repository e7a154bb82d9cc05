using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Tests.Support;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Tests.Concurrency;

/// <summary>
/// 200 lenders pledge at the same instant on a campaign €100 short of its €10,000 goal. Whatever the
/// interleaving, the goal is never exceeded and every attempt is either stored once or refused.
/// </summary>
internal static class OverfundingScenario
{
    public const int Attempts = 200;
    private const long Goal = 1_000_000;

    public static async Task RunAsync(LendingFixture fixture)
    {
        var campaign = await TestData.PublishedAsync(fixture, TestData.Draft(goalCents: Goal));
        await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "early-1", 495_000));
        await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "early-2", 495_000));
        var random = new Random(200);
        var amounts = Enumerable.Range(0, Attempts).Select(_ => random.NextInt64(1_000, 3_001)).ToArray();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = amounts.Select(async (amount, i) =>
        {
            await start.Task;
            var request = i % 5 == 0 ? TestData.Donation(campaign.Id, $"racer-{i}", amount) : TestData.Loan(campaign.Id, $"racer-{i}", amount);
            try
            {
                var receipt = await fixture.Pledges.PledgeAsync(request);
                return (Accepted: true, AmountCents: receipt.Pledge.AmountCents);
            }
            catch (LendingValidationException)
            {
                return (Accepted: false, AmountCents: 0L);
            }
        }).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(attempts);

        var accepted = outcomes.Where(o => o.Accepted).ToList();
        using var db = await fixture.OpenAsync();
        var stored = await db.Pledges.Where(p => p.CampaignId == campaign.Id && p.LenderUserId.StartsWith("racer-")).ToListAsync();
        var total = await db.Pledges.Where(p => p.CampaignId == campaign.Id && p.Status == PledgeStatus.Pending).SumAsync(p => p.AmountCents);
        var received = await db.OutgoingMessages.Where(m => m.CampaignId == campaign.Id && m.Kind == OutgoingMessageKind.PledgeReceived && m.RecipientUserId!.StartsWith("racer-"))
            .Select(m => m.PledgeId).ToListAsync();

        Assert.Equal(Attempts, outcomes.Length);
        Assert.Equal(Attempts, accepted.Count + outcomes.Count(o => !o.Accepted));
        Assert.NotEmpty(accepted);
        Assert.Equal(accepted.Count, stored.Count);
        Assert.Equal(accepted.Sum(a => a.AmountCents), stored.Sum(p => p.AmountCents));
        // Every accepted pledge has its confirmation e-mail, once; refused ones have none.
        Assert.Equal(stored.Select(p => (Guid?)p.Id).Order(), received.Order());
        Assert.True(total <= Goal, $"Overfunded: {total} cents pledged for a goal of {Goal}.");
        // Nothing is refused while an accepted pledge would have fitted: what is left is smaller than any refused amount.
        Assert.True(Goal - total < 3_001);
    }
}
