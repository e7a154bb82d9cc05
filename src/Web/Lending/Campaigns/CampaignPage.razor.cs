using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Plateforme.Accounts;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;
using Plateforme.Lending;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Money;
using Plateforme.Lending.Photos;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Supporters;
using Plateforme.Search.Reference;
using Plateforme.Web.Lending.Dashboards;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Shared.Lending;
using Plateforme.Web.Shared.Navigation;

namespace Plateforme.Web.Lending.Campaigns;

public sealed partial class CampaignPage
{
    private CampaignSummary? summary;
    private CampaignFigures? figures;
    private string carrier = "";
    private string place = "";
    private DateTimeOffset? memberSince;
    private Organisation? organisation;
    private List<WallEntry> wall = [];
    private List<PhotoInfo> photos = [];
    private List<SupporterMessage> news = [];
    private List<Plateforme.Lending.Repayments.InstalmentView> schedule = [];

    [Inject] public required CampaignService Campaigns { get; init; }
    [Inject] public required PledgeService Pledges { get; init; }
    [Inject] public required UserManager<PlatformUser> Users { get; init; }
    [Inject] public required OrganisationService Organisations { get; init; }
    [Inject] public required TimeProvider Time { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required PhotoService Photos { get; init; }
    [Inject] public required SupporterMessageService SupporterMessages { get; init; }
    [Inject] public required TerritoryDirectory Territories { get; init; }
    [Inject] public required IOptions<LendingOptions> Lending { get; init; }
    [Inject] public required IOptions<PublicSiteOptions> Site { get; init; }
    [Inject] public required Plateforme.Lending.Accompaniments.AccompanimentService Accompaniments { get; init; }
    [Inject] public required Plateforme.Lending.Receipts.ReceiptService Receipts { get; init; }
    [Inject] public required Plateforme.Accounts.Structures.StructureService Structures { get; init; }
    [Inject] public required Plateforme.Lending.Repayments.RepaymentService Repayments { get; init; }

    [Parameter]
    public Guid Id { get; set; }

    private long LenderCapCents => Lending.Value.MaxLoanPerLenderPerProjectCents;

    private int CollectionWindowDays => Lending.Value.CollectionWindowDays;

    /// <summary>Whether the carrier is an eligible organisation (article 200 CGI) whose donations give a tax receipt.</summary>
    private bool DonationsGiveTaxReceipt { get; set; }

    /// <summary>The partner structure accompanying the carrier, when one was chosen.</summary>
    private string? AccompanyingStructure { get; set; }

    private string PublicUrl => Site.Value.Link(LendingPaths.Campaign(Id)).AbsoluteUri;

    private string? SocialImage => photos.Count > 0 ? Site.Value.Link(DashboardPaths.Photo(photos[0].Id)).AbsoluteUri : null;

    private string SocialDescription => summary is null ? "" : string.Format(FrenchFormat.Culture, LendingPageText.OgDescription,
        Cents.Format(summary.Campaign.GoalCents), summary.Campaign.Title, place);

    protected override async Task OnInitializedAsync()
    {
        var campaign = await Campaigns.FindAsync(Id);
        // A private campaign answers 404 like an unknown id, so its existence does not leak.
        if (campaign is null || !CampaignStates.IsPublic(campaign.State))
        {
            Navigation.NotFound();
            return;
        }
        var user = await Users.FindByIdAsync(campaign.CarrierUserId);
        carrier = string.IsNullOrWhiteSpace(user?.DisplayName) ? LendingText.UnknownCarrier : user.DisplayName;
        memberSince = user?.CreatedAt;
        if (Guid.TryParse(campaign.OrganisationId, out var organisationId)) organisation = await Organisations.FindAsync(organisationId);
        place = PlaceNames.Of(Territories, campaign.Territory);
        photos = (await Photos.ListAsync([Id])).GetValueOrDefault(Id) ?? [];
        news = await SupporterMessages.ListAsync(Id);
        DonationsGiveTaxReceipt = campaign.AcceptsDonations && await Receipts.FindEligibleIssuerOfCampaignAsync(Id) is not null;
        var accompaniment = await Accompaniments.FindAsync(Id);
        if (accompaniment is not null) AccompanyingStructure = (await Structures.FindAsync(accompaniment.StructureId))?.Name;
        if (campaign.State is CampaignState.Disbursed or CampaignState.Repaying or CampaignState.Repaid or CampaignState.Defaulted)
        {
            schedule = await Repayments.GetScheduleAsync(Id);
        }
        await LoadFiguresAsync();
    }

    private async Task LoadFiguresAsync()
    {
        summary = await Campaigns.GetSummaryAsync(Id);
        figures = CampaignFigures.From(summary, Time);
        wall = await Pledges.GetWallAsync(Id);
    }
}
