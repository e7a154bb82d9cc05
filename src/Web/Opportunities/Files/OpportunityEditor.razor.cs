using Microsoft.AspNetCore.Components;
using Plateforme.Experiences.Opportunities.Files;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Opportunities.Files;

/// <summary>
/// Writing a file after the detection grid: a member of a team starts one (for the team they choose) or edits one of
/// their team's. Rendered on the server, posted as a plain form; a place that names several communes is chosen from a list.
/// </summary>
public sealed partial class OpportunityEditor
{
    [Inject]
    public required OpportunityService Files { get; init; }

    [Inject]
    public required OpportunityActors Actors { get; init; }

    [Inject]
    public required TerritoryDirectory Territories { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public Guid? Id { get; set; }

    [SupplyParameterFromForm(FormName = "opportunity-file")]
    private OpportunityForm Input { get; set; } = default!;

    private OpportunityActor actor = new(Guid.Empty, "", []);
    private bool notFound;
    private bool forbidden;
    private List<string> formErrors = [];
    private IReadOnlyList<Territory> candidates = [];

    private string Heading => Id is null ? OpportunityUi.NewTitle : OpportunityUi.EditTitle;

    protected override async Task OnInitializedAsync()
    {
        var posted = Input is not null;
        Input ??= new OpportunityForm();
        Input.FillMissing();
        actor = await Actors.ReadAsync(HttpContext.User);
        if (Id is not { } id)
        {
            if (!posted && actor.Teams.Count > 0) Input.Team = actor.Teams[0].Key;
            return;
        }
        var (file, refusal) = await Files.ReadAsync(id, actor);
        if (refusal == OpportunityRefusal.NotFound)
        {
            notFound = true;
            Navigation.NotFound();
            return;
        }
        if (file is null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            forbidden = true;
            return;
        }
        if (!posted) Input = OpportunityForm.From(file, Territories);
    }

    private async Task SaveAsync()
    {
        if (forbidden || notFound || actor.Teams.Count == 0) return;
        var (input, problems, places) = Input.Read(Territories);
        candidates = places;
        if (input is null)
        {
            formErrors = problems;
            return;
        }
        OpportunityOutcome outcome;
        if (Id is { } id)
        {
            outcome = await Files.UpdateAsync(id, input, actor);
        }
        else
        {
            var team = actor.Teams.FirstOrDefault(t => t.Key == Input.Team) ?? actor.Teams[0];
            outcome = await Files.CreateAsync(team, input, actor);
        }
        if (outcome.Refusal is not null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            forbidden = true;
            return;
        }
        if (!outcome.Succeeded)
        {
            formErrors = outcome.Problems.Select(OpportunityLabels.Problem).ToList();
            return;
        }
        Navigation.NavigateTo(OpportunityPaths.File(outcome.File!.Id) + "?fait=enregistree");
    }
}
