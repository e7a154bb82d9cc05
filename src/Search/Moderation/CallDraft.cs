using Plateforme.Search.Catalogue;

namespace Plateforme.Search.Moderation;

/// <summary>
/// Every field a funder fills in (and a moderator may correct), already read and checked against the reference
/// data by the form. The description is the author's HTML; the services sanitise it before storing it.
/// </summary>
public sealed record CallDraft
{
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public string? DescriptionHtml { get; init; }
    public IReadOnlyList<string> Beneficiaries { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> AidTypes { get; init; } = [];

    /// <summary>"level:code", a territory known to the reference data.</summary>
    public required string Territory { get; init; }

    /// <summary>Every perimeter, "level:code", the lead <see cref="Territory"/> first; empty means that one alone.</summary>
    public IReadOnlyList<string> Territories { get; init; } = [];

    /// <summary>The people the project serves (slugs of <c>ReferenceLists.Publics</c>); may be empty.</summary>
    public IReadOnlyList<string> Publics { get; init; } = [];
    public DateOnly? OpensOn { get; init; }
    public DateOnly? Deadline { get; init; }
    public TimeOnly? DeadlineTime { get; init; }

    /// <summary>The compulsory pre-deposit date (« pré-dépôt »), before the deadline; optional.</summary>
    public DateOnly? PreDepositOn { get; init; }

    /// <summary>Every window when the call has several (the first one is <see cref="OpensOn"/>–<see cref="Deadline"/>); empty for one.</summary>
    public IReadOnlyList<CallWindow> Windows { get; init; } = [];
    public long? MinAmountCents { get; init; }
    public long? MaxAmountCents { get; init; }
    public int? RateMinPercent { get; init; }
    public int? RateMaxPercent { get; init; }
    public long? EnvelopeCents { get; init; }
    public int? MaxWinners { get; init; }
    public Recurrence Recurrence { get; init; } = Recurrence.OneOff;
    public bool IsCallForProjects { get; init; }
    public string? OriginUrl { get; init; }
    public string? ApplicationUrl { get; init; }
    public string? Contact { get; init; }

    /// <summary>The draft a stored call would give back, to fill a form with it.</summary>
    public static CallDraft From(FundingCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new CallDraft
        {
            Title = call.Title,
            Summary = call.Summary,
            DescriptionHtml = call.DescriptionHtml,
            Beneficiaries = [.. call.Beneficiaries],
            Themes = [.. call.Themes],
            AidTypes = [.. call.AidTypes],
            Territory = call.Territory,
            Territories = CallTerritories.Of(call),
            Publics = [.. call.Publics],
            // The dates of a call with several windows hold its next one: the form starts from the first.
            OpensOn = call.Windows.Count > 0 ? call.Windows[0].OpensOn : call.OpensOn,
            Deadline = call.Windows.Count > 0 ? call.Windows[0].ClosesOn : call.Deadline,
            DeadlineTime = call.Windows.Count > 0 ? call.Windows[0].ClosesAt : call.DeadlineTime,
            PreDepositOn = call.PreDepositOn,
            Windows = [.. call.Windows],
            MinAmountCents = call.MinAmountCents,
            MaxAmountCents = call.MaxAmountCents,
            RateMinPercent = call.RateMinPercent,
            RateMaxPercent = call.RateMaxPercent,
            EnvelopeCents = call.EnvelopeCents,
            MaxWinners = call.MaxWinners,
            Recurrence = call.Recurrence,
            IsCallForProjects = call.IsCallForProjects,
            OriginUrl = call.OriginUrl,
            ApplicationUrl = call.ApplicationUrl,
            Contact = call.Contact,
        };
    }
}
