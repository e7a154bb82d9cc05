namespace Plateforme.Lending.Repayments;

/// <summary>Zero-interest schedules.</summary>
public static class RepaymentSchedule
{
    /// <summary>
    /// <paramref name="termMonths"/> monthly instalments summing exactly to <paramref name="principalCents"/>.
    /// The remainder cents go to the first instalments (each of the first <c>principal % term</c> carries one
    /// cent more), so the carrier's last payment is never the odd one and no instalment differs from another by
    /// more than a cent. The first falls one month after <paramref name="startOn"/> plus the grace months; a
    /// day missing in a short month becomes that month's last day.
    /// </summary>
    public static IReadOnlyList<ScheduledInstalment> Build(long principalCents, int termMonths, int graceMonths, DateOnly startOn, int firstNumber = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(principalCents);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(termMonths);
        ArgumentOutOfRangeException.ThrowIfNegative(graceMonths);
        var baseAmount = principalCents / termMonths;
        var withExtraCent = principalCents % termMonths;
        var instalments = new List<ScheduledInstalment>(termMonths);
        for (var i = 0; i < termMonths; i++)
        {
            var amount = baseAmount + (i < withExtraCent ? 1 : 0);
            instalments.Add(new ScheduledInstalment(firstNumber + i, startOn.AddMonths(graceMonths + i + 1), amount));
        }

        return instalments;
    }
}
