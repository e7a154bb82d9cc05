using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Plateforme.Accounts.Users;
using Plateforme.Lending;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Clock;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Store;
using Plateforme.Lending.Supporters;

namespace Plateforme.Web.Lending.Demo;

/// <summary>
/// Development only: when no campaign exists, three clearly marked demo campaigns, one collecting, one funded and
/// repaying, one failed, so that a first run shows the lending face. Their past is lived through the real services
/// on a clock moved back (<see cref="ShiftedClock"/>), so every figure, ledger line and e-mail is a real one.
/// </summary>
public sealed partial class DemoCampaignSeeder(
    IServiceScopeFactory scopes,
    LendingWrites writes,
    CampaignService campaigns,
    TimeProvider time,
    IOptions<LendingOptions> options,
    IPaymentProvider payments,
    ILoggerFactory loggers,
    ILogger<DemoCampaignSeeder> logger) : BackgroundService
{
    /// <summary>On by default in Development only; an empty lending store is seeded once.</summary>
    public const string EnabledSetting = "Lending:DemoCampaigns:Enabled";

    private const string Moderator = "demo-moderation";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await AnyCampaignAsync(stoppingToken)) return;
            using var scope = scopes.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var people = await DemoPeople.EnsureAsync(users);
            await SeedCollectingAsync(people, stoppingToken);
            await SeedRepayingAsync(people, stoppingToken);
            await SeedFailedAsync(people, stoppingToken);
            LogSeeded();
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Demo data is a convenience: a failure must not stop the development server.
            LogFailed(failure);
        }
    }

    private async Task<bool> AnyCampaignAsync(CancellationToken cancellationToken)
    {
        foreach (var state in Enum.GetValues<CampaignState>())
        {
            if ((await campaigns.ListByStateAsync(state, cancellationToken)).Count > 0) return true;
        }
        return false;
    }

    private async Task SeedCollectingAsync(DemoPeople people, CancellationToken cancellationToken)
    {
        var today = ParisCalendar.Today(time);
        var campaign = await PublishAsync(campaigns, DemoStories.Bakery(people.Baker, today.AddDays(40)), cancellationToken);
        var pledges = new PledgeService(writes, time, options, payments);
        await pledges.PledgeAsync(Loan(campaign.Id, people.Lenders[0], 150_000, "Jeanne (démo)", "Hâte de goûter le pain du nouveau four !"), cancellationToken);
        await pledges.PledgeAsync(Loan(campaign.Id, people.Lenders[1], 50_000, "Karim (démo)", null), cancellationToken);
        await pledges.PledgeAsync(Loan(campaign.Id, people.Lenders[2], 250_000, "Lucie (démo)", null), cancellationToken);
        await pledges.PledgeAsync(new PledgeRequest(campaign.Id, people.Lenders[3], PledgeKind.Donation, 3_000, Message: "Un petit coup de pouce."), cancellationToken);
        await new SupporterMessageService(writes, time).PostAsync(campaign.Id, people.Baker,
            "Le devis du four est signé : il sera installé dès la fin de la collecte. Merci à vous !", cancellationToken);
    }

    private async Task SeedRepayingAsync(DemoPeople people, CancellationToken cancellationToken)
    {
        // Published 150 days ago for 30 days, funded, paid out, then three monthly repayments.
        var start = new ShiftedClock(time, TimeSpan.FromDays(150));
        var startDay = ParisCalendar.Today(start);
        var campaign = await PublishAsync(new CampaignService(writes, start, options, payments), DemoStories.Cafe(people.Cafe, startDay.AddDays(30)), cancellationToken);
        var pledges = new PledgeService(writes, start, options, payments);
        var receipts = new List<PledgeReceipt>
        {
            await pledges.PledgeAsync(Loan(campaign.Id, people.Lenders[0], 200_000, "Jeanne (démo)", "Pour le café du quartier !"), cancellationToken),
            await pledges.PledgeAsync(Loan(campaign.Id, people.Lenders[1], 150_000, "Karim (démo)", null), cancellationToken),
            await pledges.PledgeAsync(Loan(campaign.Id, people.Lenders[2], 150_000, "Lucie (démo)", null), cancellationToken),
        };
        var closed = new ShiftedClock(time, TimeSpan.FromDays(118));
        await new CampaignClock(writes, closed, options, payments, loggers.CreateLogger<CampaignClock>()).RunAsync(cancellationToken);
        var paid = new PledgeService(writes, closed, options, payments);
        foreach (var receipt in receipts) await paid.ConfirmPaymentAsync(receipt.Pledge.Id, Moderator, PaymentMethod.Transfer, "DEMO", cancellationToken);
        await new LoanService(writes, new ShiftedClock(time, TimeSpan.FromDays(115)), payments).DisburseAsync(campaign.Id, Moderator, cancellationToken);
        var repayments = new RepaymentService(writes, time, options);
        var schedule = await repayments.GetScheduleAsync(campaign.Id, cancellationToken);
        var today = ParisCalendar.Today(time);
        foreach (var instalment in schedule.Where(i => i.DueDate <= today).Take(3))
        {
            await repayments.RecordAsync(new RepaymentReceipt(campaign.Id, instalment.AmountCents, instalment.DueDate,
                $"demo-{campaign.Id:N}-{instalment.Number}", Moderator, "DEMO"), cancellationToken);
        }
    }

    private async Task SeedFailedAsync(DemoPeople people, CancellationToken cancellationToken)
    {
        // Published 80 days ago for 30 days; it reached a third of its goal and everyone got their pledge back.
        var start = new ShiftedClock(time, TimeSpan.FromDays(80));
        var campaign = await PublishAsync(new CampaignService(writes, start, options, payments), DemoStories.Garage(people.Garage, ParisCalendar.Today(start).AddDays(30)), cancellationToken);
        var pledges = new PledgeService(writes, start, options, payments);
        await pledges.PledgeAsync(Loan(campaign.Id, people.Lenders[0], 100_000, "Jeanne (démo)", null), cancellationToken);
        await pledges.PledgeAsync(Loan(campaign.Id, people.Lenders[3], 50_000, "Paul (démo)", null), cancellationToken);
        var closed = new ShiftedClock(time, TimeSpan.FromDays(48));
        await new CampaignClock(writes, closed, options, payments, loggers.CreateLogger<CampaignClock>()).RunAsync(cancellationToken);
    }

    private static async Task<Campaign> PublishAsync(CampaignService service, CampaignDraft draft, CancellationToken cancellationToken)
    {
        var created = await service.CreateDraftAsync(draft, cancellationToken);
        await service.SubmitAsync(created.Id, draft.CarrierUserId, cancellationToken);
        return await service.PublishAsync(created.Id, Moderator, cancellationToken);
    }

    private static PledgeRequest Loan(Guid campaignId, string lenderId, long cents, string name, string? message) =>
        new(campaignId, lenderId, PledgeKind.Loan, cents, name, "1 place de la Mairie", "80260", "Villers-Bocage", false, message);

    [LoggerMessage(Level = LogLevel.Information, Message = "No campaign yet: three demo campaigns seeded (collecting, repaying, failed)")]
    private partial void LogSeeded();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo campaigns could not be seeded")]
    private partial void LogFailed(Exception failure);
}
