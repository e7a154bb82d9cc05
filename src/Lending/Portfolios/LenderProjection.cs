using Plateforme.Lending.Money;
using Plateforme.Lending.Repayments;

namespace Plateforme.Lending.Portfolios;

/// <summary>
/// A lender's part of each instalment, computed exactly as <see cref="RepaymentService"/> will share it when each
/// instalment is paid in full: the cumulative pro rata of <see cref="ProRata.AllocateCumulative"/> over the
/// campaign's lenders (earliest pledge first). Over a whole schedule the parts add up to the lender's principal,
/// because at the last instalment each lender's exact cumulative share is their principal itself.
/// </summary>
public static class LenderProjection
{
    /// <summary>
    /// Parts of <paramref name="lender"/> (an index into <paramref name="principals"/>) for each instalment still
    /// open, given what each lender already received (<paramref name="received"/>) and the instalments' open amounts.
    /// </summary>
    public static IReadOnlyList<ProjectedPayment> Project(
        IReadOnlyList<long> principals, IReadOnlyList<long> received, int lender, IEnumerable<(int Number, DateOnly DueDate, long OpenCents)> instalments)
    {
        ArgumentNullException.ThrowIfNull(principals);
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(instalments);
        ArgumentOutOfRangeException.ThrowIfNegative(lender);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lender, principals.Count);
        var allocated = received.ToArray();
        var total = allocated.Sum();
        var parts = new List<ProjectedPayment>();
        foreach (var (number, dueDate, open) in instalments)
        {
            if (open <= 0) continue;
            var after = ProRata.AllocateCumulative(principals, allocated, total, total + open);
            parts.Add(new ProjectedPayment(number, dueDate, after[lender] - allocated[lender]));
            allocated = after;
            total += open;
        }

        return parts;
    }

    /// <summary>The whole schedule from the start: what the lender receives month by month, summing to their principal.</summary>
    public static IReadOnlyList<ProjectedPayment> FromStart(IReadOnlyList<long> principals, int lender, IEnumerable<ScheduledInstalment> schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Project(principals, new long[principals.Count], lender, schedule.Select(s => (s.Number, s.DueDate, s.AmountCents)));
    }
}
