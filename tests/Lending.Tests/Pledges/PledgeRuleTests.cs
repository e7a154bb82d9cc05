using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Tests.Support;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Tests.Pledges;

public sealed class PledgeRuleTests : IAsyncLifetime
{
    private LendingFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await LendingFixture.SqliteAsync();

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task A_loan_is_recorded_pending_with_offline_payment_instructions()
    {
        var campaign = await TestData.PublishedAsync(_fixture);

        var receipt = await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 5_000));

        Assert.Equal(PledgeStatus.Pending, receipt.Pledge.Status);
        Assert.Equal(PaymentOutcome.ManualActionRequired, receipt.Payment!.Outcome);
        Assert.StartsWith("PRET-", receipt.Payment.Reference, StringComparison.Ordinal);
        Assert.Equal(5_000, (await _fixture.Campaigns.GetSummaryAsync(campaign.Id)).PledgedCents);
    }

    [Fact]
    public async Task A_pledge_below_the_minimum_is_refused_except_to_complete_the_goal()
    {
        var campaign = await TestData.PublishedAsync(_fixture, TestData.Draft(goalCents: 20_500));
        await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 20_000));

        var tooSmall = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-2", 400)));
        var completing = await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-2", 500));

        Assert.Equal("Le montant minimum d'une participation est de 10\u00a0€.", tooSmall.Errors["AmountCents"][0]);
        Assert.Equal(PledgeStatus.Pending, completing.Pledge.Status);
    }

    [Fact]
    public async Task A_pledge_beyond_the_goal_is_refused_with_what_remains()
    {
        var campaign = await TestData.PublishedAsync(_fixture, TestData.Draft(goalCents: 100_000));
        await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 90_050));

        var refused = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-2", 10_000)));
        await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-2", 9_950));
        var full = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Pledges.PledgeAsync(TestData.Donation(campaign.Id, "donor-1", 1_000)));

        Assert.Equal("Il ne reste que 99,50\u00a0€ à financer.", refused.Errors["AmountCents"][0]);
        Assert.Equal("L'objectif de cette campagne est déjà atteint.", full.Errors["AmountCents"][0]);
    }

    [Fact]
    public async Task A_lender_cannot_lend_more_than_5000_euros_to_one_project_even_in_several_pledges()
    {
        var campaign = await TestData.PublishedAsync(_fixture, TestData.Draft(goalCents: 1_500_000));
        await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 300_000));

        var refused = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 200_100)));
        await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 200_000));
        var donation = await _fixture.Pledges.PledgeAsync(TestData.Donation(campaign.Id, "lender-1", 50_000));

        Assert.Contains("5\u202f000\u00a0€", refused.Errors["AmountCents"][0], StringComparison.Ordinal);
        Assert.Contains("il vous reste 2\u202f000\u00a0€", refused.Errors["AmountCents"][0], StringComparison.Ordinal);
        Assert.Equal(PledgeKind.Donation, donation.Pledge.Kind);
    }

    [Fact]
    public async Task The_per_project_cap_is_configuration_enforced_on_every_pledge()
    {
        await using var fixture = await LendingFixture.SqliteAsync(o =>
        {
            o.MaxPerProjectCents = 50_000;
            o.MaxGoalCents = 40_000;
        });
        var campaign = await TestData.PublishedAsync(fixture, TestData.Draft(goalCents: 40_000));
        using (var db = await fixture.OpenAsync())
        {
            // A goal raised past the cap by hand (an older setting): the cap still holds at pledge time.
            var stored = db.Campaigns.Single(c => c.Id == campaign.Id);
            stored.GoalCents = 80_000;
            await db.SaveChangesAsync();
        }

        await fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 45_000));
        var refused = await Assert.ThrowsAsync<LendingValidationException>(() => fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-2", 10_000)));

        Assert.Equal("Un projet ne peut pas recevoir plus de 500\u00a0€.", refused.Errors["AmountCents"][0]);
    }

    [Fact]
    public async Task Donations_are_refused_when_the_campaign_takes_only_loans()
    {
        var campaign = await TestData.PublishedAsync(_fixture, TestData.Draft(donations: false));

        var refused = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Pledges.PledgeAsync(TestData.Donation(campaign.Id, "donor-1", 2_000)));

        Assert.Equal("Cette campagne n'accepte pas les dons, seulement les prêts.", refused.Errors["Kind"][0]);
    }

    [Fact]
    public async Task A_loan_needs_the_lenders_name_and_postal_address()
    {
        var campaign = await TestData.PublishedAsync(_fixture);

        var refused = await Assert.ThrowsAsync<LendingValidationException>(() =>
            _fixture.Pledges.PledgeAsync(new PledgeRequest(campaign.Id, "lender-1", PledgeKind.Loan, 5_000)));

        Assert.Equal(["AddressLine", "City", "LenderName", "PostalCode"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Pledges_are_refused_before_publication_and_after_the_end_date()
    {
        var draft = await _fixture.Campaigns.CreateDraftAsync(TestData.Draft());
        var published = await TestData.PublishedAsync(_fixture);

        var early = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Pledges.PledgeAsync(TestData.Loan(draft.Id, "lender-1", 5_000)));
        _fixture.SetParisDay(TestData.EndDate.AddDays(1), hour: 0);
        var late = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Pledges.PledgeAsync(TestData.Loan(published.Id, "lender-1", 5_000)));

        Assert.True(early.Errors.ContainsKey("CampaignId"));
        Assert.True(late.Errors.ContainsKey("CampaignId"));
    }

    [Fact]
    public async Task A_lender_withdraws_a_pledge_until_the_end_date_and_not_after()
    {
        var campaign = await TestData.PublishedAsync(_fixture);
        var first = (await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 5_000))).Pledge;
        var second = (await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-2", 7_000))).Pledge;

        var stranger = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Pledges.WithdrawAsync(first.Id, "lender-2"));
        _fixture.SetParisDay(TestData.EndDate, hour: 23);
        var withdrawn = await _fixture.Pledges.WithdrawAsync(first.Id, "lender-1");
        _fixture.SetParisDay(TestData.EndDate.AddDays(1), hour: 0);
        var tooLate = await Assert.ThrowsAsync<LendingValidationException>(() => _fixture.Pledges.WithdrawAsync(second.Id, "lender-2"));

        Assert.True(stranger.Errors.ContainsKey("LenderUserId"));
        Assert.Equal(PledgeStatus.Withdrawn, withdrawn.Status);
        Assert.Contains("date de fin", tooLate.Errors["PledgeId"][0], StringComparison.Ordinal);
        Assert.Equal(7_000, (await _fixture.Campaigns.GetSummaryAsync(campaign.Id)).PledgedCents);
    }

    [Fact]
    public async Task The_public_wall_hides_anonymous_names_but_keeps_messages()
    {
        var campaign = await TestData.PublishedAsync(_fixture);
        await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 5_000));
        _fixture.Time.Advance(TimeSpan.FromMinutes(1));
        await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-2", 6_000, anonymous: true));

        var wall = await _fixture.Pledges.GetWallAsync(campaign.Id);

        Assert.Equal([(null, 6_000L), ("Camille lender-1", 5_000L)], wall.Select(w => (w.DisplayName, w.AmountCents)));
        Assert.All(wall, w => Assert.Equal("Bon courage !", w.Message));
    }

    [Fact]
    public async Task A_cancelled_campaign_returns_everything()
    {
        var campaign = await TestData.PublishedAsync(_fixture);
        var paid = (await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-1", 5_000))).Pledge;
        var unpaid = (await _fixture.Pledges.PledgeAsync(TestData.Donation(campaign.Id, "donor-1", 2_000))).Pledge;
        await _fixture.Pledges.ConfirmPaymentAsync(paid.Id, TestData.Moderator, PaymentMethod.Cheque, "CHQ 1234");

        var cancelled = await _fixture.Campaigns.CancelAsync(campaign.Id, TestData.Carrier, "Le local n'est plus disponible");

        Assert.Equal(CampaignState.Cancelled, cancelled.State);
        var pledges = await _fixture.Pledges.ListForCampaignAsync(campaign.Id);
        Assert.Equal(PledgeStatus.Refunded, pledges.Single(p => p.Id == paid.Id).Status);
        Assert.Equal(PledgeStatus.Cancelled, pledges.Single(p => p.Id == unpaid.Id).Status);
        Assert.True((await _fixture.Invariants.CheckAsync()).IsHealthy);
    }
}
