namespace Plateforme.Crawler.Extraction.Amounts;

/// <summary>Gathers the amounts and rates of one text by role, then keeps the widest per-project range.</summary>
internal sealed class AmountAccumulator
{
    private readonly List<long> minimums = [];
    private readonly List<long> maximums = [];
    private readonly List<long> unknown = [];
    private readonly List<long> envelopes = [];
    private readonly List<int> rateMinimums = [];
    private readonly List<int> rateMaximums = [];
    private int? winners;

    public void Money(long? cents, AmountRole role)
    {
        if (cents is not { } value || value <= 0) return;
        switch (role)
        {
            case AmountRole.Minimum: minimums.Add(value); break;
            case AmountRole.Maximum: maximums.Add(value); break;
            case AmountRole.Envelope: envelopes.Add(value); break;
            case AmountRole.Unknown: unknown.Add(value); break;
        }
    }

    public void Rate(int? percent, AmountRole role)
    {
        if (percent is not { } value || value <= 0) return;
        (role == AmountRole.Minimum ? rateMinimums : rateMaximums).Add(value);
    }

    private bool unknownSpanTheRange;

    public void Winners(int? count) => winners ??= count;

    /// <summary>The amounts without telling word are the several prizes of one list, so the smallest is the minimum.</summary>
    public void UnknownAmountsSpanTheRange() => unknownSpanTheRange = true;

    public AmountExtraction Build()
    {
        // A bare amount is what a project may receive, unless the text also states a real maximum.
        var max = maximums.Count > 0 ? maximums.Max() : unknown.Count > 0 ? unknown.Max() : (long?)null;
        long? min = minimums.Count > 0 ? minimums.Min()
            : unknownSpanTheRange && maximums.Count == 0 && unknown.Count > 1 ? unknown.Min() : null;
        if (min is { } lo && max is { } hi && lo > hi) (min, max) = (hi, lo);
        int? rateMin = rateMinimums.Count > 0 ? rateMinimums.Min() : null;
        int? rateMax = rateMaximums.Count > 0 ? rateMaximums.Max() : null;
        if (rateMin is { } rlo && rateMax is { } rhi && rlo > rhi) (rateMin, rateMax) = (rhi, rlo);
        return new AmountExtraction
        {
            MinAmountCents = min,
            MaxAmountCents = max,
            RateMinPercent = rateMin,
            RateMaxPercent = rateMax,
            EnvelopeCents = envelopes.Count > 0 ? envelopes.Max() : null,
            MaxWinners = winners,
        };
    }
}
