using Microsoft.AspNetCore.Components;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Moderation;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.CallForms;
using Plateforme.Web.Shared.Navigation;
using Plateforme.Web.Shared.Structures;

namespace Plateforme.Web.Moderation.Calls;

public sealed partial class CallReview
{
    [Inject]
    public required ModerationReader Reader { get; init; }

    [Inject]
    public required ModerationDecisions Decisions { get; init; }

    [Inject]
    public required CallFormReader FormReader { get; init; }

    [Inject]
    public required OrganisationService Organisations { get; init; }

    [Inject]
    public required SubmitterNotifier Notifier { get; init; }

    [Inject]
    public required Plateforme.Accounts.Structures.StructureService Structures { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required ModerationScopes Scopes { get; init; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public Guid CallId { get; set; }

    [SupplyParameterFromForm(FormName = "edit-call")]
    private CallForm? Input { get; set; }

    [SupplyParameterFromForm(FormName = "reject-call")]
    private ReasonForm? Reject { get; set; }

    private FundingCall? call;
    private string? organisationName;
    private string? relayName;
    private Dictionary<string, Funder> funders = [];
    private CallChoices choices = CallChoices.Empty;
    private IReadOnlyDictionary<string, string> errors = new Dictionary<string, string>();
    private Dictionary<string, string> rejectErrors = [];
    private List<string> formErrors = [];

    // A decision posted after another moderator's must still find its form on the page to be handled (and told so).
    private bool ShowDecisions => call?.State == ModerationState.ToReview || (HttpMethods.IsPost(HttpContext.Request.Method) && !handled);

    private bool handled;

    private Guid ModeratorId => HttpContext.User.RequiredUserId();

    protected override async Task OnInitializedAsync()
    {
        // The call is set last: the page renders at each await, and must not show a half-loaded form.
        var found = await Reader.FindCallAsync(CallId);
        // Outside the moderator's scope the call does not exist for them, and no decision of theirs reaches it.
        if (found is null || !Scopes.For(HttpContext.User).Covers(found.Territory))
        {
            Navigation.NotFound();
            return;
        }
        funders = await Reader.FundersAsync(found.Funders);
        if (found.SubmittedByOrganisationId is { } organisationId)
        {
            organisationName = (await Organisations.FindAsync(organisationId))?.Name ?? organisationId.ToString();
        }
        relayName = await RelayNameAsync(found);

        if (Input is null)
        {
            var draft = CallDraft.From(found);
            Input = CallForm.From(draft);
            choices = new CallChoices(draft.Themes, draft.Beneficiaries, draft.AidTypes) { Publics = draft.Publics };
        }
        else
        {
            choices = CallChoices.From(HttpContext.Request.Form);
        }
        call = found;
    }

    /// <summary>The structure relaying the call when one does (as the call page names it), else the relaying organisation.</summary>
    private async Task<string?> RelayNameAsync(FundingCall found)
    {
        if (found.RelayedByStructureId is { } structureId && await Structures.FindAsync(structureId) is { } structure) return structure.Name;
        if (found.RelayedByOrganisationId is not { } organisationId) return null;
        return (await Organisations.FindAsync(organisationId))?.Name ?? organisationId.ToString();
    }

    private async Task ApproveAsync()
    {
        if (call is null) return;
        var result = await Decisions.ApproveAsync(CallId, ModeratorId, null);
        await FinishAsync(result, () => Notifier.ApprovedAsync(result), "publie");
    }

    private async Task EditAndApproveAsync()
    {
        if (call is null) return;
        if (Input is null) return;
        var read = FormReader.Read(Input, choices);
        errors = read.Errors;
        if (read.Draft is not { } draft)
        {
            formErrors = [CallModerationText.FormHasErrors];
            return;
        }
        var result = await Decisions.ApproveAsync(CallId, ModeratorId, draft);
        await FinishAsync(result, () => Notifier.ApprovedAsync(result), "publie");
    }

    private async Task RejectAsync()
    {
        if (call is null) return;
        var reason = Reject?.Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            rejectErrors = new() { ["Reason"] = CallModerationText.RejectReasonRequired };
            return;
        }
        var result = await Decisions.RejectAsync(CallId, ModeratorId, reason);
        await FinishAsync(result, () => Notifier.RejectedAsync(result, reason), "refuse");
    }

    private async Task FinishAsync(ModerationResult result, Func<Task> notify, string done)
    {
        switch (result.Outcome)
        {
            case ModerationOutcome.Done:
                await notify();
                Navigation.NavigateTo(ModerationPaths.Queue + "?fait=" + done, forceLoad: true);
                break;
            case ModerationOutcome.AlreadyDecided:
                handled = true;
                formErrors = [CallModerationText.AlreadyDecided];
                call = await Reader.FindCallAsync(CallId);
                break;
            default:
                Navigation.NotFound();
                break;
        }
    }
}
