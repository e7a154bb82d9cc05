using Plateforme.Lending.Campaigns;

namespace Plateforme.Lending.Tests.Campaigns;

public sealed class CampaignTransitionTests
{
    public static TheoryData<CampaignState, CampaignState> AllowedPairs()
    {
        var data = new TheoryData<CampaignState, CampaignState>();
        foreach (var (from, to) in CampaignTransitions.Allowed) data.Add(from, to);
        return data;
    }

    public static TheoryData<CampaignState, CampaignState> ForbiddenPairs()
    {
        var data = new TheoryData<CampaignState, CampaignState>();
        foreach (var from in Enum.GetValues<CampaignState>())
        {
            foreach (var to in Enum.GetValues<CampaignState>())
            {
                if (!CampaignTransitions.IsAllowed(from, to)) data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedPairs))]
    public void An_allowed_transition_moves_the_campaign_and_records_who_when_and_why(CampaignState from, CampaignState to)
    {
        var campaign = InState(from);
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        var change = campaign.TransitionTo(to, "user-42", "parce que", at);

        Assert.Equal(to, campaign.State);
        Assert.Equal((from, to, "user-42", "parce que", at), (change.From, change.To, change.ActorId, change.Reason, change.At));
        Assert.Same(change, campaign.History[^1]);
    }

    [Theory]
    [MemberData(nameof(ForbiddenPairs))]
    public void A_forbidden_transition_is_refused_and_leaves_the_campaign_as_it_was(CampaignState from, CampaignState to)
    {
        var campaign = InState(from);
        var historyBefore = campaign.History.Count;

        var refused = Assert.Throws<ForbiddenTransitionException>(() => campaign.TransitionTo(to, "user-42", "essai", DateTimeOffset.UnixEpoch));

        Assert.Equal((from, to), (refused.From, refused.To));
        Assert.Equal(from, campaign.State);
        Assert.Equal(historyBefore, campaign.History.Count);
    }

    [Fact]
    public void The_table_covers_every_pair_and_the_ends_are_final()
    {
        var states = Enum.GetValues<CampaignState>();

        Assert.Equal(states.Length * states.Length, AllowedPairs().Count + ForbiddenPairs().Count);
        Assert.All([CampaignState.Repaid, CampaignState.Defaulted, CampaignState.Failed, CampaignState.Rejected, CampaignState.Cancelled],
            state => Assert.True(CampaignTransitions.IsFinal(state)));
    }

    // Walks the shortest allowed path from Draft, so the campaign is in a state reached the real way.
    private static Campaign InState(CampaignState target)
    {
        var campaign = new Campaign { Id = Guid.NewGuid(), CarrierUserId = "c", Title = "t", StoryHtml = "s", Category = "x", Territory = "commune:1" };
        var path = new Queue<List<CampaignState>>([[CampaignState.Draft]]);
        var seen = new HashSet<CampaignState> { CampaignState.Draft };
        while (path.Count > 0)
        {
            var current = path.Dequeue();
            if (current[^1] == target)
            {
                foreach (var state in current.Skip(1)) campaign.TransitionTo(state, "setup", "mise en place", DateTimeOffset.UnixEpoch);
                return campaign;
            }

            foreach (var (from, to) in CampaignTransitions.Allowed.Where(t => t.From == current[^1] && seen.Add(t.To)))
            {
                path.Enqueue([.. current, to]);
            }
        }

        throw new InvalidOperationException($"{target} cannot be reached from Draft.");
    }
}
