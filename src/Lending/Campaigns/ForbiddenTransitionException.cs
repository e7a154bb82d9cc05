namespace Plateforme.Lending.Campaigns;

/// <summary>A state change the transition table does not allow (a programming or a race error, not a user input).</summary>
public sealed class ForbiddenTransitionException : InvalidOperationException
{
    public ForbiddenTransitionException()
    {
    }

    public ForbiddenTransitionException(string message)
        : base(message)
    {
    }

    public ForbiddenTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ForbiddenTransitionException(CampaignState from, CampaignState to)
        : base($"A campaign cannot go from {from} to {to}.")
    {
        From = from;
        To = to;
    }

    public CampaignState From { get; }
    public CampaignState To { get; }
}
