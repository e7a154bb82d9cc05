using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Portfolios;
using Plateforme.Lending.Validation;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Forms;

namespace Plateforme.Web.Lending.Dashboards;

public sealed partial class RelendPanel
{
    [Inject]
    public required CampaignService Campaigns { get; init; }

    [Inject]
    public required PledgeService Pledges { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter, EditorRequired]
    public required LenderPortfolio Portfolio { get; set; }

    [SupplyParameterFromForm(FormName = "relend")]
    private RelendForm Input { get; set; } = default!;

    private EditContext editContext = default!;
    private ValidationMessageStore messages = default!;
    private List<string> formErrors = [];
    private List<Campaign> open = [];

    protected override async Task OnInitializedAsync()
    {
        if (Input is null)
        {
            // The last contract's name and address, so re-lending is one amount away.
            var last = Portfolio.Loans.Select(l => l.Pledge).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p.AddressLine));
            Input = new RelendForm
            {
                LenderName = last?.LenderName ?? "",
                AddressLine = last?.AddressLine ?? "",
                PostalCode = last?.PostalCode ?? "",
                City = last?.City ?? "",
            };
        }
        editContext = new EditContext(Input);
        messages = new ValidationMessageStore(editContext);
        var now = Time.GetUtcNow();
        open = (await Campaigns.ListByStateAsync(CampaignState.Published)).Where(c => c.ClosesAt > now).ToList();
    }

    private async Task RelendAsync()
    {
        messages.Clear();
        formErrors = [];
        var ok = true;
        if (Input.CampaignId is null)
        {
            messages.Add(editContext.Field(nameof(RelendForm.CampaignId)), LendingDashboardText.RelendChooseCampaign);
            ok = false;
        }
        if (!EuroAmount.TryParseCents(Input.Amount, out var cents))
        {
            messages.Add(() => Input.Amount, LendingText.AmountInvalid);
            ok = false;
        }
        if (!ok)
        {
            editContext.NotifyValidationStateChanged();
            return;
        }
        var request = new PledgeRequest(Input.CampaignId!.Value, HttpContext.User.RequiredUserId().ToString(), PledgeKind.Loan, cents,
            Input.LenderName, Input.AddressLine, Input.PostalCode, Input.City, Funding: PledgeFunding.Balance);
        try
        {
            await Pledges.PledgeAsync(request);
            Navigation.NavigateTo($"{DashboardPaths.Lender}?fait=pret&montant={cents}", forceLoad: true);
        }
        catch (LendingValidationException refused)
        {
            foreach (var (key, texts) in refused.Errors)
            {
                foreach (var text in texts)
                {
                    var field = key switch
                    {
                        nameof(PledgeRequest.AmountCents) => nameof(RelendForm.Amount),
                        nameof(PledgeRequest.CampaignId) => nameof(RelendForm.CampaignId),
                        nameof(PledgeRequest.LenderName) or nameof(PledgeRequest.AddressLine) or nameof(PledgeRequest.PostalCode) or nameof(PledgeRequest.City) => key,
                        _ => null,
                    };
                    if (field is null) formErrors.Add(text);
                    else messages.Add(editContext.Field(field), text);
                }
            }
            editContext.NotifyValidationStateChanged();
        }
        catch (LendingNotFoundException missing)
        {
            formErrors.Add(missing.Message);
        }
    }
}
