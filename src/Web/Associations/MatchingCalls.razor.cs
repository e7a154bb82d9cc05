using Microsoft.AspNetCore.Components;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;
using Plateforme.Alerts.Applications;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Associations;

public sealed partial class MatchingCalls
{
    private Organisation? organisation;
    private MatchingList list = MatchingList.Empty;
    private HashSet<Guid> followed = [];
    private string email = "";
    private DateOnly today;

    [Inject]
    public required OrganisationService Organisations { get; init; }

    [Inject]
    public required AssociationCalls Matching { get; init; }

    [Inject]
    public required ApplicationService Applications { get; init; }

    [Inject]
    public required TerritoryDirectory Territories { get; init; }

    [Inject]
    public required ThemeTaxonomy Themes { get; init; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    [Inject]
    public required Microsoft.AspNetCore.Identity.UserManager<PlatformUser> Users { get; init; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public Guid OrganisationId { get; set; }

    [SupplyParameterFromQuery(Name = "alerte")]
    public string? AlertState { get; set; }

    [SupplyParameterFromQuery(Name = "suivi")]
    public string? Followed { get; set; }

    private string ProfileLine => organisation is null ? "" : ProfileText.Line(organisation, Territories, Themes);

    protected override async Task OnInitializedAsync()
    {
        today = CallStatusRules.TodayInParis(Clock);
        organisation = await Organisations.FindAsync(OrganisationId);
        if (organisation is null) return;
        list = Matching.For(organisation.Profile);
        var pipeline = await Applications.PipelineAsync(OrganisationId);
        followed = [.. pipeline.Applications.Select(a => a.CallId)];
        email = (await Users.GetUserAsync(HttpContext.User))?.Email ?? "";
    }
}
