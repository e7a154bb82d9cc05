using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Personal;
using Plateforme.Lending.Store;
using Plateforme.Lending.Supporters;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Personal;

/// <summary>
/// The retention purge (docs/retention.md): once the contracts' period has run out after a finished campaign, the
/// opaque ids that still tied people who deleted their account to it go, with the notifications kept under them;
/// people who kept their account, every amount and the ledger stay. Run on each provider by the subclasses.
/// </summary>
public abstract class LendingRetentionPurgeTests
{
    private const string Leaver = "lender-1";
    private const string Stayer = "lender-2";

    protected abstract Task<LendingFixture> CreateFixtureAsync();

    [Fact]
    public async Task The_purge_waits_for_the_contract_period_then_removes_the_ids_of_people_who_left_and_keeps_the_ledger()
    {
        await using var fixture = await CreateFixtureAsync();
        var scenario = await PersonalDataScenario.DisbursedAsync(fixture);
        await scenario.RepayEverythingAsync();
        await scenario.WithdrawEverythingAsync(Leaver);
        foreach (var message in await fixture.Messages.ListUnsentAsync(500)) await fixture.Messages.MarkSentAsync(message.Id);
        await scenario.Personal.PseudonymiseAsync(Leaver);
        await scenario.Personal.PseudonymiseAsync(TestData.Carrier);
        var ledgerBefore = await scenario.LedgerAsync();
        var purge = new LendingRetentionPurge(new LendingWrites(LendingDbContext.Store.CreateFactory(fixture.Database.Provider, fixture.Database.ConnectionString)), fixture.Time);

        fixture.Time.Advance(TimeSpan.FromDays((365 * LendingRetention.ContractYears) - 1));
        var early = await purge.RunAsync();

        Assert.Equal(RetentionPurgeReport.Empty, early);
        Assert.Equal(Leaver, (await scenario.PledgeOfAsync(Leaver)).LenderUserId);

        fixture.Time.Advance(TimeSpan.FromDays(3));
        var report = await purge.RunAsync();

        await using var db = await fixture.OpenAsync();
        var pledges = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == scenario.Campaign.Id).ToListAsync();
        Assert.Equal(LendingRetention.PurgedUserId, pledges.Single(p => p.AmountCents == PersonalDataScenario.FirstLoan).LenderUserId);
        var kept = pledges.Single(p => p.AmountCents == PersonalDataScenario.SecondLoan);
        Assert.Equal((Stayer, "Camille lender-2"), (kept.LenderUserId, kept.LenderName));
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == scenario.Campaign.Id);
        Assert.Equal(LendingRetention.PurgedUserId, campaign.CarrierUserId);
        Assert.Equal(CampaignState.Repaid, campaign.State);
        Assert.Equal(PersonalDataScenario.FirstLoan + PersonalDataScenario.SecondLoan, campaign.PrincipalCents);
        Assert.DoesNotContain(await db.CampaignStateChanges.AsNoTracking().Where(h => h.CampaignId == campaign.Id).Select(h => h.ActorId).ToListAsync(), a => a == TestData.Carrier);
        Assert.Equal(0, await db.OutgoingMessages.CountAsync(m => m.RecipientUserId == Leaver || m.RecipientUserId == TestData.Carrier));
        Assert.True(await db.OutgoingMessages.AnyAsync(m => m.RecipientUserId == Stayer));
        Assert.Equal(0, await db.Set<SupporterMessage>().CountAsync(m => m.CampaignId == campaign.Id));
        Assert.Equal(1, report.Campaigns);
        Assert.Equal(1, report.Pledges);
        Assert.Equal(ledgerBefore, await scenario.LedgerAsync());
        var health = await fixture.Invariants.CheckAsync();
        Assert.True(health.IsHealthy, string.Join("\n", health.Violations));
        Assert.Equal(RetentionPurgeReport.Empty, await purge.RunAsync());
    }

    [Fact]
    public async Task The_purge_leaves_a_running_loan_alone_whatever_the_date()
    {
        await using var fixture = await CreateFixtureAsync();
        var scenario = await PersonalDataScenario.DisbursedAsync(fixture);
        var purge = new LendingRetentionPurge(new LendingWrites(LendingDbContext.Store.CreateFactory(fixture.Database.Provider, fixture.Database.ConnectionString)), fixture.Time);

        fixture.Time.Advance(TimeSpan.FromDays(365 * (LendingRetention.LedgerYears + 1)));
        var report = await purge.RunAsync();

        Assert.Equal(RetentionPurgeReport.Empty, report);
        Assert.Equal(TestData.Carrier, (await fixture.Campaigns.FindAsync(scenario.Campaign.Id))!.CarrierUserId);
    }
}
