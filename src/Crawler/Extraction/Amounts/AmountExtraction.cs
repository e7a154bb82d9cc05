namespace Plateforme.Crawler.Extraction.Amounts;

/// <summary>
/// Money found in a call, kept apart as the catalogue needs it: per-project amounts and rates, the envelope
/// of the whole call, and how many winners it funds. Amounts are euro cents.
/// </summary>
public sealed record AmountExtraction
{
    public static AmountExtraction None { get; } = new();

    public long? MinAmountCents { get; init; }
    public long? MaxAmountCents { get; init; }
    public int? RateMinPercent { get; init; }
    public int? RateMaxPercent { get; init; }

    /// <summary>A total for the whole call ("enveloppe globale de 70 M€"), not what one project receives.</summary>
    public long? EnvelopeCents { get; init; }
    public int? MaxWinners { get; init; }

    public bool IsEmpty =>
        MinAmountCents is null && MaxAmountCents is null && RateMinPercent is null && RateMaxPercent is null
        && EnvelopeCents is null && MaxWinners is null;
}
