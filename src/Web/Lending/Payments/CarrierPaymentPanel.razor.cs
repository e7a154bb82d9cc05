using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Payments.Connect;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Payments.Sepa;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Lending.Payments;

public partial class CarrierPaymentPanel
{
    [Inject] public required IOptions<PaymentsOptions> Options { get; init; }
    [Inject] public required IServiceProvider Services { get; init; }

    [Parameter, EditorRequired] public required Campaign Campaign { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    /// <summary>Only the carrier opens their account or signs their mandate; a moderator sees the states.</summary>
    private bool isCarrier;

    [SupplyParameterFromQuery(Name = "connect")] private string? ConnectReturn { get; set; }
    [SupplyParameterFromQuery(Name = "mandat")] private string? MandateReturn { get; set; }
    [SupplyParameterFromQuery(Name = "paiements")] private string? PaymentsState { get; set; }

    private bool visible;
    private CarrierAccountState accountState;
    private MandateState mandate;
    private PaymentOperation? transfer;
    private List<PaymentOperation> debits = [];

    /// <summary>The campaign owes (or will owe) repayments: the mandate can be signed.</summary>
    public static bool Repays(CampaignState state) => state is CampaignState.Funded or CampaignState.Disbursed or CampaignState.Repaying;

    private string? Notice => (ConnectReturn, MandateReturn, PaymentsState) switch
    {
        ("retour", _, _) => PaymentText.ConnectReturned,
        ("relance", _, _) => PaymentText.ConnectRefresh,
        (_, "retour", _) => PaymentText.MandateReturned,
        (_, "annule", _) => PaymentText.MandateCancelled,
        (_, _, "injoignable") => PaymentText.StripeUnreachable,
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        visible = Options.Value.Provider == PaymentProviderKind.Stripe
            && Campaign.State is not (CampaignState.Draft or CampaignState.Submitted or CampaignState.Rejected or CampaignState.Cancelled);
        if (!visible) return;
        isCarrier = HttpContext.User.UserId()?.ToString() == Campaign.CarrierUserId;
        accountState = await Services.GetRequiredService<CarrierAccounts>().StateAsync(Campaign.CarrierUserId, default);
        mandate = await Services.GetRequiredService<RepaymentMandates>().StateAsync(Campaign.Id, default);
        var operations = await Services.GetRequiredService<PaymentOperationStore>().ListForCampaignAsync(Campaign.Id, default);
        transfer = operations.FirstOrDefault(o => o.Kind == PaymentOperationKind.Transfer);
        debits = operations.Where(o => o.Kind == PaymentOperationKind.RepaymentDebit).OrderBy(o => o.InstalmentNumber).ToList();
    }
}
