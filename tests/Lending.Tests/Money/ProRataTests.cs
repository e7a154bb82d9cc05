using Plateforme.Lending.Money;

namespace Plateforme.Lending.Tests.Money;

/// <summary>Property tests with a seeded random loop: reproducible, and thousands of cases in well under a second.</summary>
public sealed class ProRataTests
{
    [Fact]
    public void Allocate_random_amounts_and_splits_sum_exactly_and_stay_within_a_cent_of_the_exact_share()
    {
        var random = new Random(20261123);
        for (var run = 0; run < 5_000; run++)
        {
            var weights = RandomWeights(random);
            var amount = random.NextInt64(0, 2_000_000);

            var parts = ProRata.Allocate(amount, weights);

            Assert.Equal(amount, parts.Sum());
            var total = weights.Sum();
            for (var i = 0; i < parts.Length; i++)
            {
                Assert.True(parts[i] >= 0);
                Assert.True(WithinOneCent(parts[i], (Int128)amount * weights[i], total), $"run {run}: part {i} = {parts[i]}");
            }
        }
    }

    [Fact]
    public void Allocate_ties_go_to_the_earliest_party()
    {
        var parts = ProRata.Allocate(2, [100, 100, 100]);

        Assert.Equal([1L, 1L, 0L], parts);
    }

    [Fact]
    public void AllocateCumulative_over_random_repayment_sequences_never_drifts_and_never_takes_back()
    {
        var random = new Random(42);
        var paymentsChecked = 0;
        for (var run = 0; run < 1_500; run++)
        {
            var weights = RandomWeights(random);
            var principal = weights.Sum();
            var allocated = new long[weights.Count];
            long repaid = 0;
            while (repaid < principal)
            {
                var payment = Math.Min(principal - repaid, RandomPayment(random, principal));
                var next = ProRata.AllocateCumulative(weights, allocated, repaid, repaid + payment);

                Assert.Equal(repaid + payment, next.Sum());
                for (var i = 0; i < next.Length; i++)
                {
                    var part = next[i] - allocated[i];
                    Assert.True(part >= 0, $"run {run}: lender {i} would give back {part}");
                    Assert.True(WithinOneCent(next[i], (Int128)(repaid + payment) * weights[i], principal), $"run {run}: lender {i} cumulative {next[i]}");
                    // A payment's part: within a cent of its exact share except when both bounds cannot hold (then within two).
                    Assert.True(Distance(part, (Int128)payment * weights[i], principal) < 2 * (Int128)principal, $"run {run}: part {part}");
                }

                allocated = next;
                repaid += payment;
                paymentsChecked++;
            }

            // Fully repaid: every lender got exactly their principal back.
            Assert.Equal(weights, allocated);
        }

        Assert.True(paymentsChecked > 10_000);
    }

    [Fact]
    public void AllocateCumulative_one_cent_at_a_time_matches_the_exact_shares_at_the_end()
    {
        long[] weights = [3, 3, 4];
        var allocated = new long[3];
        for (long repaid = 0; repaid < 10; repaid++)
        {
            allocated = ProRata.AllocateCumulative(weights, allocated, repaid, repaid + 1);
        }

        Assert.Equal([3L, 3L, 4L], allocated);
    }

    private static List<long> RandomWeights(Random random)
    {
        var count = random.Next(1, 40);
        return Enumerable.Range(0, count).Select(_ => random.Next(4) == 0 ? random.NextInt64(1_000, 500_001) : random.NextInt64(1_000, 20_000)).ToList();
    }

    private static long RandomPayment(Random random, long principal) => random.Next(5) switch
    {
        0 => random.NextInt64(1, 10),
        1 => principal / random.Next(1, 37),
        2 => random.NextInt64(1, principal + 1),
        _ => Math.Max(1, principal / 12 + random.NextInt64(-500, 500)),
    };

    // |value − numerator / denominator| ≤ 1, in integers.
    private static bool WithinOneCent(long value, Int128 numerator, long denominator) => Distance(value, numerator, denominator) <= denominator;

    private static Int128 Distance(long value, Int128 numerator, long denominator) => Int128.Abs((Int128)value * denominator - numerator);
}
