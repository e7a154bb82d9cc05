using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Validation;
using Plateforme.Search.Reference;
using Plateforme.Web.Lending.Dashboards;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Forms;
using Plateforme.Web.Shared.Lending;
using Plateforme.Web.Shared.Navigation;

namespace Plateforme.Web.Lending.Campaigns;

public sealed partial class NewCampaign
{
    [Inject]
    public required CampaignService Campaigns { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required TerritoryDirectory Territories { get; init; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private CampaignForm Input { get; set; } = default!;

    /// <summary>Set when a carrier edits an existing draft rather than starting one.</summary>
    [Parameter]
    public Guid? Id { get; set; }

    private bool forbidden;
    private bool notFound;

    private string Heading => Id is null ? LendingText.NewTitle : LendingDashboardText.EditTitle;

    private EditContext editContext = default!;
    private ValidationMessageStore messages = default!;
    private List<string> formErrors = [];
    private IReadOnlyList<Territory> territoryCandidates = [];

    /// <summary>The first field in error, in the form's order: it gets the focus when the page comes back.</summary>
    private string? firstError;

    private static readonly string[] FieldOrder =
    [
        nameof(CampaignForm.Title), nameof(CampaignForm.Story), nameof(CampaignForm.Category), nameof(CampaignForm.CategoryOther),
        nameof(CampaignForm.TerritoryText), nameof(CampaignForm.Goal), nameof(CampaignForm.EndDate), nameof(CampaignForm.MinimumPledge),
        nameof(CampaignForm.FundingMode), nameof(CampaignForm.TermMonths), nameof(CampaignForm.GraceMonths),
    ];

    /// <summary>« Vous rembourserez environ 333 € par mois de … à … » for the goal, term and dates as filled.</summary>
    private string? CarrierLine =>
        EuroAmount.TryParseCents(Input.Goal, out var cents) && Input.EndDate is { } end && RepaymentPreview.CanPreview(cents, Input.TermMonths, Input.GraceMonths)
            ? RepaymentPreview.For(cents, Input.TermMonths, Input.GraceMonths, end).CarrierLine()
            : null;

    protected override async Task OnInitializedAsync()
    {
        var posted = Input is not null;
        Input ??= new() { AcceptsDonations = true };
        editContext = new EditContext(Input);
        messages = new ValidationMessageStore(editContext);
        if (Id is not { } id) return;
        var campaign = await Campaigns.FindAsync(id);
        if (campaign is null)
        {
            notFound = true;
            Navigation.NotFound();
            return;
        }
        if (campaign.CarrierUserId != HttpContext.User.RequiredUserId().ToString())
        {
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            forbidden = true;
            return;
        }
        if (campaign.State != CampaignState.Draft)
        {
            Navigation.NavigateTo(DashboardPaths.Carrier(id), forceLoad: true);
            return;
        }
        if (!posted)
        {
            CampaignForm.Fill(Input, campaign);
            Input.TerritoryText = PlaceNames.Of(Territories, campaign.Territory);
        }
    }

    private bool TerritoryInvalid => editContext.GetValidationMessages(editContext.Field(nameof(CampaignForm.TerritoryText))).Any();

    private string CandidateLabel(Territory place) =>
        PlaceNames.Of(Territories, place.Code.ToString()) + (place.PostalCodes.Count > 0 ? " — " + place.PostalCodes[0] : "");

    private void ShowErrors()
    {
        firstError = FieldOrder.FirstOrDefault(field => editContext.GetValidationMessages(editContext.Field(field)).Any());
        editContext.NotifyValidationStateChanged();
    }

    /// <summary>The category and the place, read here: the lending module stores what it is given.</summary>
    private bool ReadChoices(out string territoryCode)
    {
        var ok = true;
        if (Input.Category == CampaignCategories.Other && string.IsNullOrWhiteSpace(Input.CategoryOther))
        {
            messages.Add(() => Input.CategoryOther, LendingPageText.FormCategoryOtherMissing);
            ok = false;
        }
        var choice = TerritoryChoice.Resolve(Territories, Input.TerritoryText, Input.Territory);
        territoryCandidates = choice.Candidates;
        territoryCode = choice.Code ?? "";
        if (choice.Code is null)
        {
            messages.Add(() => Input.TerritoryText, string.IsNullOrWhiteSpace(Input.TerritoryText) ? LendingPageText.FormTerritoryMissing
                : choice.Candidates.Count == 0 ? LendingPageText.FormTerritoryUnknown : LendingPageText.FormTerritoryAmbiguous);
            ok = false;
        }
        else
        {
            Input.Territory = choice.Code;
        }
        return ok;
    }

    private async Task SaveAsync()
    {
        messages.Clear();
        formErrors = [];
        var carrierId = HttpContext.User.RequiredUserId().ToString();
        var amountsRead = ReadAmounts(out var goalCents, out var minimumCents);
        if (!ReadChoices(out var territoryCode) | !amountsRead)
        {
            ShowErrors();
            return;
        }
        try
        {
            var draft = new CampaignDraft(carrierId, Input.Title, Input.Story, Input.StoredCategory, territoryCode, goalCents,
                Input.EndDate ?? default, Input.TermMonths, Input.GraceMonths, Input.AcceptsDonations, Input.FundingMode, minimumCents);
            if (forbidden) return;
            var campaign = Id is { } id ? await Campaigns.UpdateDraftAsync(id, draft) : await Campaigns.CreateDraftAsync(draft);
            if (Input.Submit) await Campaigns.SubmitAsync(campaign.Id, carrierId);
            var done = Id is null
                ? LendingPaths.MyCampaigns + (Input.Submit ? "?soumise=1" : "?enregistree=1")
                : DashboardPaths.Carrier(campaign.Id) + (Input.Submit ? "?fait=soumise" : "?fait=enregistree");
            Navigation.NavigateTo(done, forceLoad: true);
        }
        catch (LendingValidationException refused)
        {
            foreach (var (key, texts) in refused.Errors)
            {
                foreach (var text in texts)
                {
                    if (string.IsNullOrEmpty(key)) formErrors.Add(text);
                    else messages.Add(editContext.Field(CampaignForm.FieldFor(key)), text);
                }
            }
            ShowErrors();
        }
    }

    private bool ReadAmounts(out long goalCents, out long? minimumCents)
    {
        var ok = true;
        if (!EuroAmount.TryParseCents(Input.Goal, out goalCents))
        {
            messages.Add(() => Input.Goal, LendingText.AmountInvalid);
            ok = false;
        }
        minimumCents = null;
        if (!string.IsNullOrWhiteSpace(Input.MinimumPledge))
        {
            if (EuroAmount.TryParseCents(Input.MinimumPledge, out var minimum)) minimumCents = minimum;
            else
            {
                messages.Add(() => Input.MinimumPledge, LendingText.AmountInvalid);
                ok = false;
            }
        }
        return ok;
    }
}
