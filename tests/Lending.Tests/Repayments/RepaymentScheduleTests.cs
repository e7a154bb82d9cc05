using Plateforme.Lending.Repayments;

namespace Plateforme.Lending.Tests.Repayments;

public sealed class RepaymentScheduleTests
{
    [Fact]
    public void The_first_instalments_carry_the_remainder_cents()
    {
        var schedule = RepaymentSchedule.Build(10_000, 3, 0, new DateOnly(2027, 1, 15));

        Assert.Equal([3_334L, 3_333L, 3_333L], schedule.Select(i => i.AmountCents));
        Assert.Equal([new DateOnly(2027, 2, 15), new DateOnly(2027, 3, 15), new DateOnly(2027, 4, 15)], schedule.Select(i => i.DueDate));
    }

    [Fact]
    public void A_grace_period_delays_the_first_due_date_by_that_many_months()
    {
        var schedule = RepaymentSchedule.Build(120_000, 12, 6, new DateOnly(2027, 1, 31));

        Assert.Equal(new DateOnly(2027, 8, 31), schedule[0].DueDate);
        Assert.Equal(new DateOnly(2027, 9, 30), schedule[1].DueDate);
        Assert.Equal(new DateOnly(2028, 7, 31), schedule[^1].DueDate);
    }

    [Fact]
    public void Random_principals_terms_and_grace_periods_sum_exactly_to_the_principal()
    {
        var random = new Random(7);
        for (var run = 0; run < 5_000; run++)
        {
            var principal = random.NextInt64(20_000, 1_500_001);
            var term = random.Next(1, 37);
            var grace = random.Next(0, 7);
            var start = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 1_000));

            var schedule = RepaymentSchedule.Build(principal, term, grace, start);

            Assert.Equal(term, schedule.Count);
            Assert.Equal(principal, schedule.Sum(i => i.AmountCents));
            Assert.All(schedule, i => Assert.True(i.AmountCents > 0));
            Assert.True(schedule.Max(i => i.AmountCents) - schedule.Min(i => i.AmountCents) <= 1);
            Assert.Equal(principal % term, schedule.Count(i => i.AmountCents == schedule[0].AmountCents && principal % term != 0));
            Assert.Equal(start.AddMonths(grace + 1), schedule[0].DueDate);
            Assert.Equal(Enumerable.Range(1, term), schedule.Select(i => i.Number));
        }
    }
}
