namespace Plateforme.Lending.Money;

/// <summary>
/// Shares an amount of cents among parties in proportion to integer weights (their principal in cents), by the
/// largest-remainder method, so that the parts always add up to the amount.
/// </summary>
/// <remarks>
/// Repayments are allocated on cumulative totals: given what each lender already received and the new cumulative
/// total repaid, each lender's new cumulative amount is the floor or the ceiling of their exact cumulative share
/// (so it never drifts more than one cent from it) and never below what they already had. Within that, the
/// allocation also keeps each lender's part of this payment within one cent of their exact share of it; in the rare
/// case where both cannot hold at once, the cumulative bound wins (a part then stays within two cents).
/// Extra cents go to the largest remainders; ties go to the earlier party in the list (callers pass lenders by
/// pledge date).
/// </remarks>
public static class ProRata
{
    /// <summary>Shares <paramref name="amount"/> pro rata to <paramref name="weights"/>; the parts sum to the amount.</summary>
    public static long[] Allocate(long amount, IReadOnlyList<long> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return AllocateCumulative(weights, new long[weights.Count], 0, amount);
    }

    /// <summary>
    /// New cumulative amounts per party after the cumulative total goes from <paramref name="previousTotal"/> to
    /// <paramref name="newTotal"/>, given what each party already holds (<paramref name="allocated"/>, summing to
    /// <paramref name="previousTotal"/>). The increments are never negative and sum to the difference.
    /// </summary>
    public static long[] AllocateCumulative(IReadOnlyList<long> weights, IReadOnlyList<long> allocated, long previousTotal, long newTotal)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(allocated);
        if (weights.Count == 0) throw new ArgumentException("At least one party is needed.", nameof(weights));
        if (weights.Count != allocated.Count) throw new ArgumentException("One allocated amount per party.", nameof(allocated));
        if (weights.Any(w => w <= 0)) throw new ArgumentException("Weights must be positive.", nameof(weights));
        if (previousTotal < 0 || newTotal < previousTotal) throw new ArgumentOutOfRangeException(nameof(newTotal), "Totals only grow.");
        if (allocated.Sum() != previousTotal) throw new ArgumentException("The allocated amounts must sum to the previous total.", nameof(allocated));

        var count = weights.Count;
        Int128 totalWeight = 0;
        foreach (var weight in weights) totalWeight += weight;
        var delta = newTotal - previousTotal;

        var cumulative = new Int128[count];
        var strictLower = new long[count];
        var strictUpper = new long[count];
        var looseLower = new long[count];
        var looseUpper = new long[count];
        for (var i = 0; i < count; i++)
        {
            // Exact cumulative share e = newTotal * w / W and exact share of this payment p = delta * w / W, as numerators over W.
            cumulative[i] = (Int128)newTotal * weights[i];
            var floorShare = (long)(cumulative[i] / totalWeight);
            var ceilShare = floorShare + (cumulative[i] % totalWeight == 0 ? 0 : 1);
            var payment = (Int128)delta * weights[i];
            var floorPart = (long)(payment / totalWeight);
            var ceilPart = floorPart + (payment % totalWeight == 0 ? 0 : 1);

            looseLower[i] = Math.Max(allocated[i], floorShare);
            looseUpper[i] = ceilShare;
            strictLower[i] = Math.Max(looseLower[i], allocated[i] + ceilPart - 1);
            strictUpper[i] = Math.Min(looseUpper[i], allocated[i] + floorPart + 1);
        }

        return Fill(strictLower, strictUpper, cumulative, totalWeight, newTotal)
            ?? Fill(looseLower, looseUpper, cumulative, totalWeight, newTotal)
            ?? throw new InvalidOperationException("No allocation keeps every party within one cent of its cumulative share.");
    }

    private static long[]? Fill(long[] lower, long[] upper, Int128[] cumulative, Int128 totalWeight, long total)
    {
        var result = (long[])lower.Clone();
        var missing = total - result.Sum();
        if (missing < 0) return null;
        for (var i = 0; i < result.Length; i++)
        {
            if (upper[i] < lower[i]) return null;
        }

        // Largest remainder first: the parties furthest below their exact cumulative share; ties keep list order.
        var order = Enumerable.Range(0, result.Length)
            .OrderByDescending(i => cumulative[i] - (Int128)result[i] * totalWeight)
            .ThenBy(i => i)
            .ToList();
        while (missing > 0)
        {
            var progressed = false;
            foreach (var i in order)
            {
                if (missing == 0) break;
                if (result[i] >= upper[i]) continue;
                result[i]++;
                missing--;
                progressed = true;
            }

            if (!progressed) return null;
        }

        return result;
    }
}
