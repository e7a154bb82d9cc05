using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Validation;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Lending;
using Plateforme.Web.Shared.Navigation;
using Plateforme.Web.Shared.Structures;

namespace Plateforme.Web.Moderation.Lending;

public sealed partial class CampaignDecision
{
    [Inject]
    public required CampaignService Campaigns { get; init; }

    [Inject]
    public required UserManager<PlatformUser> Users { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required Plateforme.Search.Reference.TerritoryDirectory Territories { get; init; }

    [Inject]
    public required Plateforme.Lending.Photos.PhotoService Photos { get; init; }

    [Inject]
    public required Plateforme.Accounts.Organisations.OrganisationService Organisations { get; init; }

    [Inject]
    public required ModerationScopes Scopes { get; init; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromQuery(Name = ModerationPaths.DoneParameter)]
    public string? Done { get; set; }

    private string DoneText => Done switch
    {
        "paiement" => LendingModerationText.PaymentConfirmedNotice,
        "versee" => LendingModerationText.DisbursedNotice,
        "prolongee" => LendingModerationText.ExtendedNotice,
        "reechelonnee" => LendingModerationText.RescheduledNotice,
        "defaut" => LendingModerationText.DefaultDeclaredNotice,
        _ => LendingModerationText.DoneNotice,
    };

    [SupplyParameterFromForm(FormName = "reject-campaign")]
    private RejectForm Reject { get; set; } = default!;

    private Campaign? campaign;

    // Forms are shown by state, except the one posted: see ModerationForms.Posted.
    private string? Posted => ModerationForms.Posted(HttpContext);
    private string carrier = "";
    private string? carrierEmail;
    private DateTimeOffset? carrierSince;
    private Plateforme.Accounts.Organisations.Organisation? organisation;
    private List<Plateforme.Lending.Photos.PhotoInfo> photos = [];
    private List<string> errors = [];
    private EditContext rejectContext = default!;
    private ValidationMessageStore rejectMessages = default!;

    protected override async Task OnInitializedAsync()
    {
        Reject ??= new();
        rejectContext = new EditContext(Reject);
        rejectMessages = new ValidationMessageStore(rejectContext);
        campaign = await Campaigns.FindAsync(Id);
        // Another structure's campaign does not exist for this moderator: no panel, hence no form of theirs, reaches it.
        if (campaign is not null && !Scopes.For(HttpContext.User).Covers(campaign.Territory)) campaign = null;
        if (campaign is null)
        {
            Navigation.NotFound();
            return;
        }
        carrier = await CarrierNames.DisplayNameAsync(Users, campaign.CarrierUserId);
        // Who asks for the money, as the moderator must know them: address, seniority, organisation and its number.
        var user = await Users.FindByIdAsync(campaign.CarrierUserId);
        carrierEmail = user?.Email;
        carrierSince = user?.CreatedAt;
        if (Guid.TryParse(campaign.OrganisationId, out var organisationId)) organisation = await Organisations.FindAsync(organisationId);
        photos = (await Photos.ListAsync([Id])).GetValueOrDefault(Id) ?? [];
    }

    private string ModeratorId => HttpContext.User.RequiredUserId().ToString();

    private Task PublishAsync() => campaign is null ? Task.CompletedTask : DecideAsync(() => Campaigns.PublishAsync(Id, ModeratorId), "publiee");

    private async Task RejectAsync()
    {
        if (campaign is null) return;
        rejectMessages.Clear();
        if (string.IsNullOrWhiteSpace(Reject.Reason))
        {
            rejectMessages.Add(() => Reject.Reason, LendingText.RejectReasonRequired);
            rejectContext.NotifyValidationStateChanged();
            return;
        }
        await DecideAsync(() => Campaigns.RejectAsync(Id, ModeratorId, Reject.Reason.Trim()), "refusee");
    }

    private async Task DecideAsync(Func<Task<Campaign>> decision, string done)
    {
        try
        {
            await decision();
            Navigation.NavigateTo(LendingPaths.Moderation + "?fait=" + done, forceLoad: true);
        }
        catch (LendingValidationException refused)
        {
            errors = refused.Errors.SelectMany(e => e.Value).ToList();
        }
        catch (ForbiddenTransitionException)
        {
            // Another moderator decided first: show the campaign as it now is.
            errors = [LendingText.AlreadyDecided];
            campaign = await Campaigns.FindAsync(Id);
        }
    }
}
