using Microsoft.AspNetCore.Components;
using Plateforme.Accounts.Organisations;
using Plateforme.Experiences.Sheets;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Experiences.Contribute;

/// <summary>
/// Writing a sheet: a member of a structure starts one (for their first organisation) or edits one of their
/// structure's; « Enregistrer et soumettre » sends it to the moderators. Rendered on the server, posted as a form.
/// </summary>
public sealed partial class ExperienceEditor
{
    [Inject]
    public required ExperienceService Sheets { get; init; }

    [Inject]
    public required OrganisationService Organisations { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public Guid? Id { get; set; }

    [SupplyParameterFromForm(FormName = "experience-sheet")]
    private ExperienceForm Input { get; set; } = default!;

    private Experience? existing;
    private ExperienceActor actor = default!;
    private bool notFound;
    private bool forbidden;
    private bool noOrganisation;
    private List<string> formErrors = [];

    private string Heading => Id is null ? ExperienceUi.NewTitle : ExperienceUi.EditTitle;

    protected override async Task OnInitializedAsync()
    {
        var posted = Input is not null;
        // Null until a post binds it, whatever the declaration says.
        Input ??= new ExperienceForm();
        IReadOnlyList<Organisation> organisations;
        (actor, organisations) = await ExperienceActors.ReadAsync(HttpContext.User, Organisations);
        if (Id is { } id)
        {
            existing = await Sheets.FindAsync(id);
            if (existing is null)
            {
                notFound = true;
                Navigation.NotFound();
                return;
            }
            if (!actor.CanEdit(existing))
            {
                HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
                forbidden = true;
                return;
            }
            if (!posted) Input = ExperienceForm.From(existing);
        }
        else if (organisations.Count == 0 && !actor.IsModerator)
        {
            noOrganisation = true;
        }
        else if (!posted && organisations.Count > 0)
        {
            Input.ContributorStructure = organisations[0].Name;
        }
    }

    private async Task SaveAsync()
    {
        if (forbidden || noOrganisation || notFound) return;
        var (input, problems) = Input.ToInput();
        if (input is null)
        {
            formErrors = [.. problems];
            return;
        }
        var saved = await Sheets.SaveDraftAsync(Id, input, actor);
        if (!saved.Succeeded)
        {
            formErrors = [.. saved.Problems];
            return;
        }
        var sheet = saved.Sheet!;
        if (Input.Submit && sheet.State == ExperienceState.Draft)
        {
            var submitted = await Sheets.SubmitAsync(sheet.Id, actor);
            if (!submitted.Succeeded)
            {
                formErrors = [.. submitted.Problems];
                return;
            }
        }
        Navigation.NavigateTo($"{ExperiencePaths.Mine}?enregistree={sheet.Id}");
    }
}
