using Microsoft.Extensions.DependencyInjection;
using Plateforme.Faults.Tests.Harness;
using Plateforme.Lending;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Clock;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;

namespace Plateforme.Faults.Tests.Lending;

/// <summary>
/// A campaign taken through the lending services to where a moderator's page acts on it: published, lent by the
/// given neighbours, its end date passed (the arrangement's clock jumps ahead for the campaign clock only), every
/// payment confirmed; and, if asked, the loan paid out today.
/// </summary>
public static class LoanArrangement
{
    public const string Moderator = "moderateur-fautes";

    public static async Task<Guid> FundedAsync(FaultSite site, string carrier, IReadOnlyList<(string Lender, long Cents)> loans, bool disburse)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(loans);
        var clock = new ShiftedClock();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddLendingServices(site.Database, site.Folder);
        await using var provider = services.BuildServiceProvider();
        var campaigns = provider.GetRequiredService<CampaignService>();
        var draft = await campaigns.CreateDraftAsync(new CampaignDraft(
            carrier, "Recyclerie du quartier", "<p>Une recyclerie ouverte à tout le quartier.</p>", "mobilite", "com:59350",
            loans.Sum(l => l.Cents), ParisCalendar.Today(clock).AddDays(1), TermMonths: 6, GraceMonths: 0));
        await campaigns.SubmitAsync(draft.Id, carrier);
        var campaign = await campaigns.PublishAsync(draft.Id, Moderator);
        var pledges = provider.GetRequiredService<PledgeService>();
        foreach (var (lender, cents) in loans)
        {
            await pledges.PledgeAsync(new PledgeRequest(campaign.Id, lender, PledgeKind.Loan, cents, "Voisin du quartier", "3 rue des Lilas", "59350", "Lille"));
        }

        clock.Offset = TimeSpan.FromDays(3);
        await provider.GetRequiredService<CampaignClock>().RunAsync();
        clock.Offset = TimeSpan.Zero;
        foreach (var pledge in (await pledges.ListForCampaignAsync(campaign.Id)).Where(p => p.Status == PledgeStatus.Pending))
        {
            await pledges.ConfirmPaymentAsync(pledge.Id, Moderator, PaymentMethod.Transfer, "VIR-" + pledge.Id.ToString("N")[..8]);
        }

        if (disburse) await provider.GetRequiredService<LoanService>().DisburseAsync(campaign.Id, Moderator);
        return campaign.Id;
    }
}
