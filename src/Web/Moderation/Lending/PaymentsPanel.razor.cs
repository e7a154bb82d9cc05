using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Plateforme.Accounts.Users;
using Plateforme.Lending;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Money;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Lending;
using Plateforme.Web.Shared.Navigation;

namespace Plateforme.Web.Moderation.Lending;

public sealed partial class PaymentsPanel
{
    [Inject]
    public required PledgeService Pledges { get; init; }

    [Inject]
    public required LoanService Loans { get; init; }

    [Inject]
    public required ModerationBoard Board { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IOptions<LendingOptions> Options { get; init; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Parameter, EditorRequired]
    public Campaign Campaign { get; set; } = default!;

    private List<Pledge> pledges = [];
    private CollectionRow? row;
    private List<string> errors = [];

    protected override async Task OnInitializedAsync()
    {
        pledges = await Pledges.ListForCampaignAsync(Campaign.Id);
        row = await Board.CollectionAsync(Campaign);
    }

    private string ModeratorId => HttpContext.User.RequiredUserId().ToString();

    private async Task ConfirmAsync()
    {
        if (!Guid.TryParse(ModerationForms.Value(HttpContext, "PledgeId"), out var pledgeId))
        {
            errors = [LendingModerationText.FormExpired];
            return;
        }
        var key = pledgeId.ToString("N");
        var reference = ModerationForms.Value(HttpContext, "Reference-" + key);
        if (!Enum.TryParse<PaymentMethod>(ModerationForms.Value(HttpContext, "Method-" + key), out var method) || method is not (PaymentMethod.Transfer or PaymentMethod.Cheque))
        {
            errors = [LendingModerationText.MethodRequired];
            return;
        }
        if (ModerationForms.CheckReference(reference) is { } referenceError)
        {
            errors = [referenceError];
            return;
        }
        errors = await ModerationForms.TryAsync(() => Pledges.ConfirmPaymentAsync(pledgeId, ModeratorId, method, reference));
        if (errors.Count == 0) Navigation.NavigateTo(ModerationPaths.CampaignDone(Campaign.Id, "paiement"), forceLoad: true);
    }

    private async Task DisburseAsync()
    {
        errors = await ModerationForms.TryAsync(() => Loans.DisburseAsync(Campaign.Id, ModeratorId));
        if (errors.Count == 0) Navigation.NavigateTo(ModerationPaths.CampaignDone(Campaign.Id, "versee"), forceLoad: true);
    }

    private static string Reference(Pledge pledge) =>
        OfflinePaymentProvider.ReferenceFor(new PaymentRequest("", pledge.CampaignId, pledge.Id, pledge.LenderUserId, pledge.AmountCents));

    private static string StatusText(Pledge pledge) => pledge.Status switch
    {
        PledgeStatus.Collected => string.Format(CampaignStates.French, LendingModerationText.PledgeCollected, PaidBy(pledge.PaymentReference)),
        PledgeStatus.Pending => LendingModerationText.PledgePendingBalance,
        _ => LendingModerationText.PledgeClosed + (pledge.CloseReason is null ? "" : " : " + pledge.CloseReason),
    };

    // The service stores "Transfer: reference"; moderators read the method in French.
    private static string PaidBy(string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return "";
        var parts = stored.Split(": ", 2);
        if (!Enum.TryParse<PaymentMethod>(parts[0], out var method)) return stored;
        var label = method switch
        {
            PaymentMethod.Transfer => LendingModerationText.MethodTransfer,
            PaymentMethod.Cheque => LendingModerationText.MethodCheque,
            _ => parts[0],
        };
        return parts.Length == 2 ? label + " " + parts[1] : label;
    }

    // What the clock will do, so a moderator knows how long is left and what happens to the unpaid pledges.
    private string WindowText(CollectionRow figures)
    {
        if (Campaign.State == CampaignState.Published)
        {
            return string.Format(CampaignStates.French, LendingModerationText.WindowBeforeEnd,
                ModerationForms.Date(Campaign.EndDate), Options.Value.CollectionWindowDays);
        }
        if (figures.PendingCount == 0) return LendingModerationText.WindowAllPaid;
        var deadline = Campaign.CollectionDeadline is { } at ? ModerationForms.Date(ParisCalendar.DayOf(at)) : "";
        return string.Format(CampaignStates.French, LendingModerationText.WindowOpen,
            deadline, figures.PendingCount, Cents.Format(figures.PendingCents), Options.Value.ReminderIntervalDays, Cents.Format(Campaign.GoalCents));
    }
}
