using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Tests.Support;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Tests.Campaigns;

public sealed class CampaignServiceTests : IAsyncLifetime
{
    private LendingFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await LendingFixture.SqliteAsync();

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task A_draft_outside_the_limits_gets_french_messages_keyed_by_field()
    {
        var draft = TestData.Draft() with
        {
            GoalCents = 10_000, EndDate = TestData.EndDate.AddDays(100), TermMonths = 37, GraceMonths = 7, Territory = "Roubaix", Title = "Ab",
            Story = "<script>alert(1)</script>",
        };

        var refused = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Campaigns.CreateDraftAsync(draft));

        Assert.Equal(
            ["EndDate", "GoalCents", "GraceMonths", "Story", "TermMonths", "Territory", "Title"],
            refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("L'objectif doit être compris entre 200\u00a0€ et 15\u202f000\u00a0€.", refused.Errors["GoalCents"][0]);
        Assert.Contains("90 jours", refused.Errors["EndDate"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_story_is_stored_sanitised()
    {
        var draft = TestData.Draft() with { Story = "<p onclick=\"x()\">Bonjour <a href=\"javascript:alert(1)\">ici</a><script>alert(1)</script><strong>!</strong></p>" };

        var campaign = await _fixture.Campaigns.CreateDraftAsync(draft);

        Assert.Equal("<p>Bonjour <a>ici</a><strong>!</strong></p>", campaign.StoryHtml);
        Assert.Equal(1_000, campaign.MinimumPledgeCents);
    }

    [Fact]
    public async Task Submission_publication_and_rejection_are_recorded_with_who_and_why()
    {
        var first = await _fixture.Campaigns.CreateDraftAsync(TestData.Draft());
        var second = await _fixture.Campaigns.CreateDraftAsync(TestData.Draft());

        await _fixture.Campaigns.SubmitAsync(first.Id, TestData.Carrier);
        _fixture.Time.Advance(TimeSpan.FromHours(2));
        var published = await _fixture.Campaigns.PublishAsync(first.Id, TestData.Moderator);
        await _fixture.Campaigns.SubmitAsync(second.Id, TestData.Carrier);
        var rejected = await _fixture.Campaigns.RejectAsync(second.Id, TestData.Moderator, "Projet hors du territoire");

        Assert.Equal(CampaignState.Published, published.State);
        Assert.Equal(new DateTimeOffset(2026, 12, 23, 23, 0, 0, TimeSpan.Zero), published.ClosesAt);
        var history = await _fixture.Campaigns.GetHistoryAsync(first.Id);
        Assert.Equal([(CampaignState.Draft, CampaignState.Submitted, TestData.Carrier), (CampaignState.Submitted, CampaignState.Published, TestData.Moderator)],
            history.Select(h => (h.From, h.To, h.ActorId)));
        Assert.Equal(LendingFixture.Start.AddHours(2), history[1].At);
        Assert.Equal(CampaignState.Rejected, rejected.State);
        Assert.Equal("Projet hors du territoire", (await _fixture.Campaigns.GetHistoryAsync(second.Id))[^1].Reason);
    }

    [Fact]
    public async Task Only_the_carrier_submits_a_draft()
    {
        var campaign = await _fixture.Campaigns.CreateDraftAsync(TestData.Draft());

        var stranger = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Campaigns.SubmitAsync(campaign.Id, "user-other"));

        Assert.True(stranger.Errors.ContainsKey("ActorId"));
    }

    [Fact]
    public async Task A_published_campaign_cannot_be_submitted_again()
    {
        var campaign = await _fixture.Campaigns.CreateDraftAsync(TestData.Draft());
        await TestData.PublishedAsync(_fixture);
        await _fixture.Campaigns.SubmitAsync(campaign.Id, TestData.Carrier);
        await _fixture.Campaigns.PublishAsync(campaign.Id, TestData.Moderator);

        var again = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Campaigns.SubmitAsync(campaign.Id, TestData.Carrier));

        Assert.Equal("Cette action n'est pas possible : la campagne est à l'état « en ligne ».", again.Errors["State"][0]);
    }

    [Fact]
    public async Task A_moderator_may_extend_the_end_date_once()
    {
        var campaign = await TestData.PublishedAsync(_fixture);

        var extended = await _fixture.Campaigns.ExtendEndDateAsync(campaign.Id, TestData.Moderator, TestData.EndDate.AddDays(20), "Fêtes de fin d'année");
        var twice = await Assert.ThrowsAsync<LendingValidationException>(() =>
            _fixture.Campaigns.ExtendEndDateAsync(campaign.Id, TestData.Moderator, TestData.EndDate.AddDays(25), "Encore"));

        Assert.Equal(TestData.EndDate.AddDays(20), extended.EndDate);
        Assert.Equal(new DateTimeOffset(2027, 1, 12, 23, 0, 0, TimeSpan.Zero), extended.ClosesAt);
        Assert.Equal("La date de fin a déjà été prolongée une fois.", twice.Errors["EndDate"][0]);
        Assert.Contains("Fêtes de fin d'année", (await _fixture.Campaigns.GetHistoryAsync(campaign.Id))[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limits_come_from_configuration()
    {
        await using var fixture = await LendingFixture.SqliteAsync(o => o.MaxGoalCents = 5_000_000);

        var campaign = await fixture.Campaigns.CreateDraftAsync(TestData.Draft(goalCents: 4_000_000));

        Assert.Equal(4_000_000, campaign.GoalCents);
    }
}
