using Plateforme.Search.Indexing;

namespace Plateforme.Web.Calls.Api;

/// <summary>One result of /api/calls. Amounts are integer euro cents; dates are ISO (Europe/Paris calendar).</summary>
public record CallSummaryResponse
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }

    /// <summary>True when the call meets only some of the query's words: shown as « résultats approchants », after the others.</summary>
    public bool IsApproximate { get; init; }

    /// <summary>HTML-escaped extract with matched words in &lt;mark&gt;.</summary>
    public string? Snippet { get; init; }
    public required IReadOnlyList<LabelledValue> Funders { get; init; }
    public required IReadOnlyList<LabelledValue> Themes { get; init; }
    public required IReadOnlyList<LabelledValue> Beneficiaries { get; init; }
    public required IReadOnlyList<LabelledValue> AidTypes { get; init; }
    public required LabelledValue Territory { get; init; }

    /// <summary>Every perimeter of the call, the lead one (<see cref="Territory"/>) first.</summary>
    public IReadOnlyList<LabelledValue> Territories { get; init; } = [];

    /// <summary>The people the project serves (« Jeunes », « Seniors »…).</summary>
    public IReadOnlyList<LabelledValue> Publics { get; init; } = [];

    /// <summary>Kinds of spending the aid pays for (« Fonctionnement », « Investissement »).</summary>
    public IReadOnlyList<LabelledValue> SpendingTypes { get; init; } = [];

    /// <summary>
    /// True when the search filtered on beneficiaries or publics and this call, stating none, is listed after
    /// those that match (« public non précisé »).
    /// </summary>
    public bool PublicUnstated { get; init; }
    public DateOnly? OpensOn { get; init; }
    public DateOnly? Deadline { get; init; }
    public TimeOnly? DeadlineTime { get; init; }

    /// <summary>Days from today (Paris) to the deadline; negative once closed; null without deadline.</summary>
    public int? DaysLeft { get; init; }
    public required LabelledValue Status { get; init; }
    public required string Recurrence { get; init; }
    public long? MinAmountCents { get; init; }
    public long? MaxAmountCents { get; init; }
    public int? RateMinPercent { get; init; }
    public int? RateMaxPercent { get; init; }
    public long? EnvelopeCents { get; init; }
    public bool IsCallForProjects { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public required string Url { get; init; }
}
