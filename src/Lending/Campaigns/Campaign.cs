namespace Plateforme.Lending.Campaigns;

/// <summary>
/// A solidarity-loan campaign. People are opaque user ids from the accounts module. Amounts in cents.
/// The state only changes through <see cref="TransitionTo"/>, which checks the table and records the change.
/// </summary>
public sealed class Campaign
{
    public Guid Id { get; init; }
    public required string CarrierUserId { get; init; }
    public string? OrganisationId { get; set; }
    public required string Title { get; set; }

    /// <summary>Sanitised HTML, safe to render as is.</summary>
    public required string StoryHtml { get; set; }
    public required string Category { get; set; }

    /// <summary>"level:code", e.g. "commune:59350".</summary>
    public required string Territory { get; set; }
    public long GoalCents { get; set; }

    /// <summary>
    /// Sum of the pending and collected pledges, changed in the same transaction as each pledge (under the campaign's
    /// lock) so the goal check reads one row; <see cref="Ledger.LedgerInvariantChecker"/> verifies it.
    /// </summary>
    public long PledgedCents { get; set; }

    /// <summary>Last day of the campaign (Europe/Paris); it closes at the end of that day.</summary>
    public DateOnly EndDate { get; set; }

    /// <summary>The instant the end date ends; set at publication and when extended.</summary>
    public DateTimeOffset? ClosesAt { get; set; }
    public bool EndDateExtended { get; set; }
    public int TermMonths { get; set; }
    public int GraceMonths { get; set; }
    public bool AcceptsDonations { get; set; }
    public FundingMode FundingMode { get; set; }
    public long MinimumPledgeCents { get; set; }

    public CampaignState State { get; private set; } = CampaignState.Draft;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>While funded: unpaid pledges are cancelled at this instant.</summary>
    public DateTimeOffset? CollectionDeadline { get; set; }
    public DateOnly? DisbursedOn { get; set; }

    /// <summary>Sum of the collected loans, fixed at disbursement.</summary>
    public long PrincipalCents { get; set; }

    /// <summary>Set when enough instalments are late; cleared by a reschedule, ended by a declared default.</summary>
    public DateTimeOffset? DefaultProcedureOpenedAt { get; set; }

    public List<CampaignStateChange> History { get; init; } = [];

    /// <summary>Moves the campaign and records who, when and why; throws if the table forbids it.</summary>
    public CampaignStateChange TransitionTo(CampaignState to, string actorId, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!CampaignTransitions.IsAllowed(State, to)) throw new ForbiddenTransitionException(State, to);
        var change = new CampaignStateChange { CampaignId = Id, From = State, To = to, ActorId = actorId, Reason = reason, At = at };
        History.Add(change);
        State = to;
        return change;
    }
}
