using Microsoft.AspNetCore.Components;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Moderation;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.CallForms;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Shared.Navigation;

namespace Plateforme.Web.Calls.Submissions;

public sealed partial class CallEditor
{
    [Inject]
    public required OrganisationService Organisations { get; init; }

    [Inject]
    public required FunderSubmissions Submissions { get; init; }

    [Inject]
    public required CallFormReader Reader { get; init; }

    [Inject]
    public required PublishedCallEdits PublishedEdits { get; init; }

    [Inject]
    public required PublishedCalls Catalogue { get; init; }

    [Inject]
    public required StructureService Structures { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter]
    public Guid OrganisationId { get; set; }

    [Parameter]
    public Guid? CallId { get; set; }

    [SupplyParameterFromQuery(Name = "fait")]
    public string? Done { get; set; }

    [SupplyParameterFromForm(FormName = "call-form")]
    private CallForm? Input { get; set; }

    private Organisation? organisation;
    private OrganisationFunder funder = default!;
    private FundingCall? call;
    private FundingCall? preview;
    private readonly Dictionary<string, Funder> funders = [];
    private CallChoices choices = CallChoices.Empty;
    private IReadOnlyDictionary<string, string> errors = new Dictionary<string, string>();
    private List<string> formErrors = [];

    private bool handled;

    private bool Editable => call is null || call.State is ModerationState.Draft or ModerationState.Rejected || Published;

    /// <summary>A published call stays editable by its organisation: dates at once, the rest through review.</summary>
    private bool Published => call?.State == ModerationState.Published;

    private bool awaitingReview;
    private IReadOnlyList<FunderName> referenceFunders = [];
    private IReadOnlyList<StaffPosition> positions = [];
    private RelayValues relayValues = RelayValues.Empty;

    private string Heading => call is null ? CallModerationText.NewCallTitle : call.Title;

    protected override async Task OnInitializedAsync()
    {
        // Fields the markup tests are set last: the page renders at each await, and must not show a half-loaded form.
        var found = await Organisations.FindAsync(OrganisationId);
        if (found is null)
        {
            Navigation.NotFound();
            return;
        }
        FundingCall? stored = null;
        if (CallId is { } id)
        {
            stored = await Submissions.FindAsync(OrganisationId, id);
            if (stored is null)
            {
                Navigation.NotFound();
                return;
            }
        }

        if (stored?.State == ModerationState.Published)
        {
            awaitingReview = (await PublishedEdits.AwaitingReviewAsync(OrganisationId)).Contains(stored.Id);
        }

        if (stored is null)
        {
            referenceFunders = [.. (await Catalogue.FunderNamesAsync()).OrderBy(f => f.Name, StringComparer.Create(FrenchFormat.Culture, ignoreCase: true))];
            positions = await Structures.PositionsOfAsync(HttpContext.User.RequiredUserId());
            if (HttpMethods.IsPost(HttpContext.Request.Method) && HttpContext.Request.HasFormContentType) relayValues = RelayValues.From(HttpContext.Request.Form);
        }

        funder = OrganisationFunders.From(found);
        funders[FunderSubmissions.FunderSlug(funder)] = new Funder { Slug = FunderSubmissions.FunderSlug(funder), Name = funder.Name, Kind = funder.Kind };
        if (stored?.RelayedByOrganisationId is not null)
        {
            // A relayed call names a third party: its preview shows that funder, not the relay.
            foreach (var slug in stored.Funders)
            {
                if (await Catalogue.FindFunderAsync(slug) is { } named) funders[slug] = named;
            }
        }
        call = stored;
        if (Input is null)
        {
            var draft = call is null ? null : CallDraft.From(call);
            Input = draft is null ? new CallForm() : CallForm.From(draft);
            choices = draft is null ? CallChoices.Empty : new CallChoices(draft.Themes, draft.Beneficiaries, draft.AidTypes) { Publics = draft.Publics };
            preview = call;
        }
        else
        {
            choices = CallChoices.From(HttpContext.Request.Form);
        }
        organisation = found;
    }

    private async Task CloseAsync()
    {
        if (organisation is null || call is null) return;
        var outcome = await PublishedEdits.CloseAsync(OrganisationId, call.Id, HttpContext.User.RequiredUserId());
        if (outcome != SubmissionOutcome.Done)
        {
            formErrors = [CallModerationText.LockedNotice];
            return;
        }
        Navigation.NavigateTo(SubmissionPaths.Call(OrganisationId, call.Id) + "?fait=cloture", forceLoad: true);
    }

    /// <summary>The notice after a redirect (« ?fait=… »), null for an unknown value.</summary>
    private static string? DoneNotice(string? done) => done switch
    {
        "soumis" => CallModerationText.SubmittedNotice,
        "enregistre" => CallModerationText.SavedNotice,
        "dates" => CallsTrueText.DatesAppliedNotice,
        "revue" => CallsTrueText.SentForReviewNotice,
        "dates-revue" => CallsTrueText.DatesAndReviewNotice,
        "inchange" => CallsTrueText.NothingChangedNotice,
        "cloture" => CallsTrueText.ClosedNotice,
        _ => null,
    };

    private async Task HandleAsync()
    {
        if (organisation is null || Input is null) return;
        if (!Editable)
        {
            // Submitted from another tab meanwhile: the form was kept only to tell the person so.
            handled = true;
            formErrors = [CallModerationText.LockedNotice];
            return;
        }

        var read = Reader.Read(Input, choices);
        errors = read.Errors;
        if (read.Draft is not { } draft)
        {
            formErrors = [CallModerationText.FormHasErrors];
            return;
        }

        if (Input.Action == "apercu")
        {
            preview = FunderSubmissions.Preview(funder, draft);
            return;
        }

        var userId = HttpContext.User.RequiredUserId();
        if (Published)
        {
            var edit = await PublishedEdits.EditAsync(OrganisationId, call!.Id, userId, draft);
            if (edit.Outcome != SubmissionOutcome.Done)
            {
                handled = true;
                formErrors = [CallModerationText.LockedNotice];
                return;
            }
            var done = (edit.DatesApplied, edit.SentForReview) switch
            {
                (true, true) => "dates-revue",
                (true, false) => "dates",
                (false, true) => "revue",
                _ => "inchange",
            };
            Navigation.NavigateTo(SubmissionPaths.Call(OrganisationId, call.Id) + "?fait=" + done, forceLoad: true);
            return;
        }

        var callId = call?.Id;
        if (callId is null && relayValues.Relays)
        {
            var (relay, relayError) = relayValues.Resolve(referenceFunders, positions);
            if (relay is null)
            {
                formErrors = [relayError!];
                return;
            }
            var relayed = await Submissions.CreateRelayDraftAsync(funder, userId, draft, relay);
            if (relayed is null)
            {
                formErrors = [CallsTrueText.RelayFunderUnknown];
                return;
            }
            callId = relayed.Id;
        }
        else if (callId is null)
        {
            callId = (await Submissions.CreateDraftAsync(funder, userId, draft)).Id;
        }
        else if (await Submissions.UpdateDraftAsync(funder, callId.Value, userId, draft) != SubmissionOutcome.Done)
        {
            handled = true;
            formErrors = [CallModerationText.LockedNotice];
            return;
        }

        var submit = Input.Action == "soumettre";
        if (submit && await Submissions.SubmitAsync(OrganisationId, callId.Value, userId) != SubmissionOutcome.Done)
        {
            handled = true;
            formErrors = [CallModerationText.LockedNotice];
            return;
        }
        Navigation.NavigateTo(SubmissionPaths.Call(OrganisationId, callId.Value) + (submit ? "?fait=soumis" : "?fait=enregistre"), forceLoad: true);
    }
}
