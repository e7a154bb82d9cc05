using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending;

/// <summary>The clock runs by itself inside the web process, on the application's time.</summary>
[Collection(LendingOperationsCollection.Name)]
public sealed class ClockServiceTests(AccountsApp app)
{
    [Fact]
    public async Task When_time_passes_the_end_date_the_hosted_clock_funds_the_campaign_without_being_asked()
    {
        var arranged = await app.CollectingAsync(20_000, 6, 20_000);

        app.App.Clock.Advance(TimeSpan.FromDays(11));
        var state = await Eventually.ValueAsync(() => StateAsync(arranged.Campaign.Id), s => s == CampaignState.Funded, "the campaign to be funded");

        Assert.Equal(CampaignState.Funded, state);
    }

    private async Task<CampaignState> StateAsync(Guid campaignId)
    {
        var campaign = await app.LendingAsync(s => s.GetRequiredService<CampaignService>().FindAsync(campaignId));
        return campaign!.State;
    }
}
