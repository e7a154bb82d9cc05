using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Pledges;

/// <summary>What must hold around a pledge and its "pledge received" e-mail, on either database.</summary>
internal static class PledgeOutboxChecks
{
    /// <summary>After a pledge failed midway: no pledge of the lender, no e-mail to them, nothing more counted towards the goal.</summary>
    public static async Task AssertNothingKeptAsync(LendingFixture fixture, Guid campaignId, string lender, long expectedCountedCents = 0)
    {
        using var db = await fixture.OpenAsync();
        var pledges = await db.Pledges.CountAsync(p => p.LenderUserId == lender);
        var messages = await db.OutgoingMessages.CountAsync(m => m.RecipientUserId == lender && m.Kind == OutgoingMessageKind.PledgeReceived);
        var counted = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.PledgedCents).SingleAsync();

        Assert.Equal((0, 0, expectedCountedCents), (pledges, messages, counted));
        Assert.True((await fixture.Invariants.CheckAsync()).IsHealthy);
    }

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
