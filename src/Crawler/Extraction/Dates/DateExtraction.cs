using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Extraction.Dates;

/// <summary>
/// The dates found in a phrase. Several windows make a recurring call; the current or next one gives
/// <see cref="OpensOn"/>, <see cref="Deadline"/> and <see cref="DeadlineTime"/> (Europe/Paris).
/// </summary>
public sealed record DateExtraction
{
    public static DateExtraction None { get; } = new();

    public DateOnly? OpensOn { get; init; }
    public DateOnly? Deadline { get; init; }
    public TimeOnly? DeadlineTime { get; init; }

    /// <summary>Every window in date order, the current one included.</summary>
    public IReadOnlyList<DateWindow> Windows { get; init; } = [];

    public Recurrence Recurrence { get; init; } = Recurrence.OneOff;

    /// <summary>A first, lighter deadline ("pré-dépôt", "lettre d'intention") before the real one.</summary>
    public DateOnly? PreDepositDeadline { get; init; }

    /// <summary>Nothing usable: no date, and no wording saying the call is permanent or recurring.</summary>
    public bool IsEmpty => Deadline is null && OpensOn is null && PreDepositDeadline is null && Recurrence == Recurrence.OneOff;
}
