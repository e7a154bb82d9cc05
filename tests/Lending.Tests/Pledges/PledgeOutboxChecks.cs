using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Pledges;

/// <summary>What must hold around a pledge and its "pledge received" e-mail, on either database.</summary>
internal static class PledgeOutboxChecks
{
    /// <summary>
    /// After a pledge failed midway: no pledge of the lender on the campaign, no e-mail to them about it, nothing more
    /// counted towards the goal, no ledger movement for it (a re-lent pledge), and the ledger still balanced.
    /// </summary>
    public static async Task AssertNothingKeptAsync(LendingFixture fixture, Guid campaignId, string lender, long expectedCountedCents = 0)
    {
        using var db = await fixture.OpenAsync();
        var pledges = await db.Pledges.CountAsync(p => p.CampaignId == campaignId && p.LenderUserId == lender);
        var messages = await db.OutgoingMessages.CountAsync(m => m.CampaignId == campaignId && m.RecipientUserId == lender && m.Kind == OutgoingMessageKind.PledgeReceived);
        var movements = await db.LedgerTransactions.CountAsync(t => t.CampaignId == campaignId && t.Code == LedgerCode.Relend);
        var counted = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.PledgedCents).SingleAsync();

        Assert.Equal((0, 0, 0, expectedCountedCents), (pledges, messages, movements, counted));
        var report = await fixture.Invariants.CheckAsync();
        Assert.True(report.IsHealthy, string.Join("\n", report.Violations));
    }

    /// <summary>
    /// A published campaign on which lender-1 can re-lend 10 000 cents from their balance (a first loan of theirs,
    /// fully repaid): a pledge that writes ledger rows too. The clock is then past the first campaign's end.
    /// </summary>
    public static async Task<Guid> CampaignForBalanceAsync(LendingFixture fixture)
    {
        var repaid = await TestData.DisbursedAsync(fixture, [10_000, 20_000], termMonths: 2);
        await fixture.Repayments.RecordAsync(new RepaymentReceipt(repaid.Id, 30_000, TestData.EndDate.AddDays(2), "repaid-in-full", TestData.Moderator));
        Assert.Equal(10_000, await fixture.Balances.GetBalanceAsync(BalanceLender));
        var draft = TestData.Draft() with { EndDate = TestData.EndDate.AddDays(30) };
        return (await TestData.PublishedAsync(fixture, draft)).Id;
    }

    public const string BalanceLender = "lender-1";

    /// <summary>After a pledge succeeded: it is stored and its e-mail is waiting to be sent, exactly once.</summary>
    public static async Task AssertRecordedOnceAsync(LendingFixture fixture, Pledge pledge)
    {
        using var db = await fixture.OpenAsync();
        var stored = await db.Pledges.CountAsync(p => p.Id == pledge.Id);
        var messages = await db.OutgoingMessages.Where(m => m.PledgeId == pledge.Id).ToListAsync();
        var unsent = await fixture.Messages.ListUnsentAsync(1_000);

        Assert.Equal(1, stored);
        var message = Assert.Single(messages);
        Assert.Equal(OutgoingMessageKind.PledgeReceived, message.Kind);
        Assert.Equal((MessageAudience.User, pledge.LenderUserId, pledge.CampaignId, pledge.AmountCents), (message.Audience, message.RecipientUserId, message.CampaignId, message.AmountCents));
        Assert.Equal($"pledged:{pledge.Id:N}", message.DeduplicationKey);
        Assert.Single(unsent, m => m.PledgeId == pledge.Id);
    }
}
