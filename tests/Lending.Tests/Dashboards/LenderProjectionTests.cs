using Plateforme.Lending.Money;
using Plateforme.Lending.Portfolios;
using Plateforme.Lending.Repayments;

namespace Plateforme.Lending.Tests.Dashboards;

public sealed class LenderProjectionTests
{
    [Fact]
    public void Random_splits_give_every_lender_a_schedule_summing_exactly_to_their_principal()
    {
        var random = new Random(20261123);
        for (var run = 0; run < 300; run++)
        {
            var lenders = random.Next(1, 8);
            var principals = Enumerable.Range(0, lenders).Select(_ => (long)random.Next(100, 500_001)).ToList();
            var schedule = RepaymentSchedule.Build(principals.Sum(), random.Next(1, 37), random.Next(0, 7), new DateOnly(2027, 1, 31));

            var parts = Enumerable.Range(0, lenders).Select(i => LenderProjection.FromStart(principals, i, schedule)).ToList();

            for (var i = 0; i < lenders; i++)
            {
                Assert.Equal(principals[i], parts[i].Sum(p => p.AmountCents));
                Assert.All(parts[i], p => Assert.True(p.AmountCents >= 0));
            }

            // Each month, the lenders' parts add up to the carrier's instalment.
            for (var month = 0; month < schedule.Count; month++)
            {
                Assert.Equal(schedule[month].AmountCents, parts.Sum(p => p[month].AmountCents));
                Assert.Equal(schedule[month].DueDate, parts[0][month].DueDate);
            }
        }
    }

    [Fact]
    public void The_projection_matches_what_the_repayment_service_allocates_one_instalment_at_a_time()
    {
        long[] principals = [33_333, 66_667];
        var schedule = RepaymentSchedule.Build(100_000, 3, 0, new DateOnly(2027, 1, 15));
        long[] received = [0, 0];
        long total = 0;

        var projected = LenderProjection.FromStart(principals, 0, schedule);

        foreach (var (instalment, index) in schedule.Select((s, i) => (s, i)))
        {
            var after = ProRata.AllocateCumulative(principals, received, total, total + instalment.AmountCents);
            Assert.Equal(after[0] - received[0], projected[index].AmountCents);
            received = after;
            total += instalment.AmountCents;
        }
    }

    [Fact]
    public void After_a_partial_payment_only_the_open_amounts_remain_to_share()
    {
        long[] principals = [10_000, 20_000];

        var remaining = LenderProjection.Project(principals, [1_000, 2_000], 1, [(1, new DateOnly(2027, 2, 1), 0), (2, new DateOnly(2027, 3, 1), 27_000)]);

        Assert.Equal([new ProjectedPayment(2, new DateOnly(2027, 3, 1), 18_000)], remaining);
    }
}
