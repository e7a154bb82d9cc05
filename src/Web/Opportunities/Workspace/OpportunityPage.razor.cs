using Microsoft.AspNetCore.Components;
using Plateforme.Experiences.Opportunities.Files;
using Plateforme.Experiences.Opportunities.Suggestions;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Opportunities.Workspace;

/// <summary>
/// A file's page for its team: the grid as written, its status, the suggestions (calls that could fund it, experiences
/// that resemble it) with their reasons and the pins kept, the ways out (campaign draft, experience draft), the history.
/// </summary>
public sealed partial class OpportunityPage
{
    [Inject]
    public required OpportunityService Files { get; init; }

    [Inject]
    public required OpportunityActors Actors { get; init; }

    [Inject]
    public required OpportunitySuggestions Suggestions { get; init; }

    [Inject]
    public required CampaignFromFile Campaigns { get; init; }

    [Inject]
    public required TerritoryDirectory Territories { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromQuery(Name = "fait")]
    public string? Done { get; set; }

    private Opportunity? file;
    private bool notFound;
    private bool forbidden;
    private IReadOnlyList<CallSuggestion> calls = [];
    private IReadOnlyList<ExperienceSuggestion> experiences = [];
    private List<OpportunityPin> pins = [];
    private List<OpportunityChange> history = [];
    private CampaignPlan? plan;

    protected override async Task OnInitializedAsync()
    {
        var actor = await Actors.ReadAsync(HttpContext.User);
        var (found, refusal) = await Files.ReadAsync(Id, actor);
        if (refusal == OpportunityRefusal.NotFound)
        {
            notFound = true;
            Navigation.NotFound();
            return;
        }
        if (found is null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            forbidden = true;
            return;
        }
        file = found;
        calls = Suggestions.Calls(found);
        experiences = await Suggestions.ExperiencesAsync(found);
        pins = await Files.PinsAsync(found.Id);
        history = await Files.HistoryAsync(found.Id);
        plan = Campaigns.Plan(found);
    }

    private static string? DoneText(string done) => done switch
    {
        "enregistree" => OpportunityUi.DoneSaved,
        "statut" => OpportunityUi.DoneStatus,
        "epingle" => OpportunityUi.DonePinned,
        "desepingle" => OpportunityUi.DoneUnpinned,
        "campagne-refusee" => OpportunityUi.DoneCampaignRefused,
        "introuvable" => OpportunityUi.DoneNotFound,
        "statut-inconnu" => OpportunityUi.DoneStatusUnknown,
        _ => null,
    };

    private string? PlanNote(CampaignPlan campaign) => campaign.Source switch
    {
        GoalSource.CappedToMaximum => string.Format(FrenchFormat.Culture, OpportunityUi.PlanCapped, FrenchFormat.Money(file!.BudgetCents ?? 0), FrenchFormat.Money(campaign.GoalCents)),
        GoalSource.RaisedToMinimum => string.Format(FrenchFormat.Culture, OpportunityUi.PlanRaised, FrenchFormat.Money(file!.BudgetCents ?? 0), FrenchFormat.Money(campaign.GoalCents)),
        GoalSource.NoBudget => OpportunityUi.PlanNoBudget,
        _ => null,
    };
}
