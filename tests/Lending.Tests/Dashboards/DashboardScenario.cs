using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Tests.Support;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Tests.Dashboards;

/// <summary>The dashboards' reads and writes on one database, run on SQLite and on PostgreSQL.</summary>
public static class DashboardScenario
{
    public static async Task PhotosAndMessagesAsync(LendingFixture fixture)
    {
        var services = new DashboardServices(fixture);
        var draft = await fixture.Campaigns.CreateDraftAsync(TestData.Draft());

        var photo = await services.Photos.AddAsync(draft.Id, TestData.Carrier, ImageSamples.Png(3, 2, withText: true), "La devanture");
        var refused = await Assert.ThrowsAsync<LendingValidationException>(() =>
            services.Photos.AddAsync(draft.Id, "someone-else", ImageSamples.Png(3, 2, withText: false), null));
        var tooEarly = await Assert.ThrowsAsync<LendingValidationException>(() => services.Messages.PostAsync(draft.Id, TestData.Carrier, "Bonjour"));
        await fixture.Campaigns.SubmitAsync(draft.Id, TestData.Carrier);
        await fixture.Campaigns.PublishAsync(draft.Id, TestData.Moderator);
        await services.Messages.PostAsync(draft.Id, TestData.Carrier, "  Merci à vous tous !  ");
        fixture.Time.Advance(TimeSpan.FromMinutes(1));
        await services.Messages.PostAsync(draft.Id, TestData.Carrier, "Les travaux commencent lundi.");
        var stored = await services.Photos.FindAsync(photo.Id);

        Assert.Equal("Seul le porteur du projet peut faire cette action.", refused.Errors["ActorId"].Single());
        Assert.Equal("Les messages aux soutiens s'écrivent une fois la campagne publiée.", tooEarly.Message);
        Assert.Equal(["Les travaux commencent lundi.", "Merci à vous tous !"], (await services.Messages.ListAsync(draft.Id)).Select(m => m.Text));
        Assert.DoesNotContain("Jeanne", System.Text.Encoding.Latin1.GetString(stored!.Value.Photo.Bytes), StringComparison.Ordinal);
        Assert.Equal(
            StbImageSharp.ImageResult.FromMemory(ImageSamples.Png(3, 2, withText: false)).Data,
            StbImageSharp.ImageResult.FromMemory(stored.Value.Photo.Bytes).Data);
        Assert.Equal([new Photos.PhotoInfo(photo.Id, 3, 2, "La devanture")], (await services.Photos.ListAsync([draft.Id]))[draft.Id]);
    }

    public static async Task PortfolioAndStatisticsAsync(LendingFixture fixture)
    {
        var services = new DashboardServices(fixture);
        var campaign = await TestData.DisbursedAsync(fixture, [10_001, 20_000], termMonths: 3);
        var schedule = await fixture.Repayments.GetScheduleAsync(campaign.Id);
        fixture.SetParisDay(schedule[0].DueDate);
        await fixture.Repayments.RecordAsync(new RepaymentReceipt(campaign.Id, schedule[0].AmountCents, schedule[0].DueDate, "r1", TestData.Moderator));
        fixture.SetParisDay(schedule[1].DueDate.AddDays(20));

        var portfolio = await services.Portfolios.GetAsync("lender-1");
        var document = await services.Documents.FindAsync(portfolio.Loans.Single().Pledge.Id);
        var statistics = await services.Statistics.GetAsync();

        var loan = Assert.Single(portfolio.Loans);
        Assert.Equal(await fixture.Balances.GetBalanceAsync("lender-1"), portfolio.BalanceCents);
        Assert.Equal(portfolio.ReceivedCents, loan.ReceivedCents);
        Assert.Equal(10_001 - loan.ReceivedCents, loan.OutstandingCents);
        Assert.Equal(schedule[1].Number, loan.Next!.Number);
        Assert.False(document!.Provisional);
        Assert.Equal(10_001, document.Schedule.Sum(s => s.AmountCents));
        Assert.Equal((30_001, schedule[0].AmountCents, 0, 1, 2), (statistics.LentCents, statistics.RepaidCents, statistics.WrittenOffCents, statistics.CampaignsFunded, statistics.Lenders));
        var missedMonth = statistics.Months.Single(m => m.Year == schedule[1].DueDate.Year && m.Month == schedule[1].DueDate.Month);
        Assert.Equal((schedule[1].AmountCents, schedule[1].AmountCents, 10_000L), (missedMonth.DueCents, missedMonth.MissedCents, missedMonth.BasisPoints));
        var paidMonth = statistics.Months.Single(m => m.Year == schedule[0].DueDate.Year && m.Month == schedule[0].DueDate.Month);
        Assert.Equal((schedule[0].AmountCents, 0L), (paidMonth.DueCents, paidMonth.MissedCents));
    }
}
