using Plateforme.Search.Catalogue;

namespace Plateforme.DemoData;

/// <summary>
/// Money of a demo call, kept apart as real calls state it: a per-project range or ceiling, a rate of the
/// project's cost, an envelope for all winners, a number of winners — or nothing at all.
/// </summary>
internal static class DemoAmounts
{
    private static readonly long[] SmallMinimums = [500, 1_000, 1_500, 2_000, 3_000, 5_000];
    private static readonly long[] SmallMaximums = [5_000, 8_000, 10_000, 15_000, 20_000, 30_000, 50_000];
    private static readonly long[] Ceilings = [3_000, 5_000, 10_000, 15_000, 20_000, 25_000, 40_000];
    private static readonly long[] Envelopes = [100_000, 150_000, 200_000, 300_000, 500_000, 750_000, 1_000_000, 2_000_000];
    private static readonly long[] WorkMinimums = [5_000, 10_000, 20_000];
    private static readonly long[] WorkMaximums = [50_000, 100_000, 200_000, 300_000, 500_000];
    private static readonly long[] WorkEnvelopes = [500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000];
    private static readonly long[] LoanMinimums = [1_000, 2_000, 5_000, 10_000];
    private static readonly long[] LoanMaximums = [15_000, 30_000, 50_000, 100_000, 150_000];
    private static readonly long[] StudyCeilings = [10_000, 20_000, 40_000, 80_000];
    private static readonly long[] Prizes = [1_000, 2_000, 3_000, 5_000, 10_000];
    private static readonly int[] Rates = [50, 60, 70, 80];
    private static readonly int[] WorkRates = [20, 30, 40, 50, 60, 80];

    public static void Fill(FundingCall call, DemoFunding funding, DemoRandom random)
    {
        switch (funding)
        {
            case DemoFunding.Investment:
                Projects(call, random, WorkMinimums, WorkMaximums, WorkMaximums, WorkRates, WorkEnvelopes);
                break;
            case DemoFunding.Loans:
                call.MinAmountCents = Cents(random.Pick(LoanMinimums));
                call.MaxAmountCents = Cents(random.Pick(LoanMaximums));
                break;
            case DemoFunding.Engineering:
                if (random.Chance(0.4)) call.MaxAmountCents = Cents(random.Pick(StudyCeilings));
                if (random.Chance(0.4)) call.RateMaxPercent = random.Pick(Rates);
                break;
            case DemoFunding.Prizes:
                var prize = Cents(random.Pick(Prizes));
                call.MinAmountCents = prize;
                call.MaxAmountCents = prize;
                call.MaxWinners = random.Between(3, 10);
                if (random.Chance(0.5)) call.EnvelopeCents = prize * call.MaxWinners;
                break;
            default:
                Projects(call, random, SmallMinimums, SmallMaximums, Ceilings, Rates, Envelopes);
                break;
        }
    }

    private static void Projects(FundingCall call, DemoRandom random, long[] minimums, long[] maximums, long[] ceilings, int[] rates, long[] envelopes)
    {
        var style = random.NextDouble();
        if (style < 0.45)
        {
            var min = random.Pick(minimums);
            call.MinAmountCents = Cents(min);
            call.MaxAmountCents = Cents(random.Pick(maximums.Where(m => m > min).ToArray()));
        }
        else if (style < 0.65)
        {
            call.MaxAmountCents = Cents(random.Pick(ceilings));
        }
        else if (style < 0.75)
        {
            Rate(call, random, rates);
        }
        else if (style < 0.85)
        {
            call.EnvelopeCents = Cents(random.Pick(envelopes));
        }

        if (call.MaxAmountCents is not null)
        {
            if (random.Chance(0.3)) Rate(call, random, rates);
            if (random.Chance(0.25)) call.EnvelopeCents = Cents(random.Pick(envelopes));
        }
        if (call.EnvelopeCents is not null && random.Chance(0.3)) call.MaxWinners = random.Between(3, 20);
    }

    private static void Rate(FundingCall call, DemoRandom random, int[] rates)
    {
        call.RateMaxPercent = random.Pick(rates);
        if (random.Chance(0.3) && call.RateMaxPercent > 30) call.RateMinPercent = random.Pick([20, 30]);
    }

    private static long Cents(long euros) => euros * 100;
}
