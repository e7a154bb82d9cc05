using Microsoft.Extensions.Options;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Payments.Connect;
using Plateforme.Lending.Payments.Sepa;
using Plateforme.Lending.Payments.Stripe;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Security;
using Stripe;

namespace Plateforme.Web.Lending.Payments;

/// <summary>
/// The carrier's two forms of the dashboard's payment panel (open the Connect account, sign the SEPA mandate), each
/// sending the browser to Stripe's hosted page, and the reminder e-mail's link that opens a Checkout page for a pledge
/// whose off-session charge was refused. Mapped only when Stripe is the provider.
/// </summary>
public static class PaymentEndpoints
{
    public static IEndpointRouteBuilder MapPaymentForms(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ServiceProvider.GetRequiredService<IOptions<PaymentsOptions>>().Value.Provider != PaymentProviderKind.Stripe) return app;
        app.MapPost(PaymentPaths.ReceiveFundsPattern, ReceiveFundsAsync).RequireAuthorization().RequireAntiforgeryToken().ExcludeFromDescription();
        app.MapPost(PaymentPaths.MandatePattern, SignMandateAsync).RequireAuthorization().RequireAntiforgeryToken().ExcludeFromDescription();
        app.MapGet(PaymentPaths.PayPledgePattern, PayPledgeAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static Task<IResult> ReceiveFundsAsync(Guid campaignId, HttpContext context, CancellationToken cancellationToken) =>
        AsCarrierAsync(context, campaignId, campaign => true,
            campaign => context.RequestServices.GetRequiredService<CarrierAccounts>().OnboardingLinkAsync(campaign.CarrierUserId, campaign.Id, cancellationToken));

    private static Task<IResult> SignMandateAsync(Guid campaignId, HttpContext context, CancellationToken cancellationToken) =>
        AsCarrierAsync(context, campaignId, campaign => CarrierPaymentPanel.Repays(campaign.State),
            campaign => context.RequestServices.GetRequiredService<RepaymentMandates>().StartAsync(campaign.Id, campaign.CarrierUserId, cancellationToken));

    private static async Task<IResult> PayPledgeAsync(Guid pledgeId, HttpContext context, CancellationToken cancellationToken)
    {
        var user = context.User.RequiredUserId().ToString();
        try
        {
            var (verdict, url, campaignId) = await context.RequestServices.GetRequiredService<OnSessionPayments>().StartAsync(pledgeId, user, cancellationToken);
            return verdict switch
            {
                OnSessionVerdict.Redirect => Results.Redirect(url!.ToString()),
                OnSessionVerdict.AlreadyPaid => Results.Redirect(PaymentPaths.CampaignNotice(campaignId, "deja")),
                OnSessionVerdict.WindowClosed => Results.Redirect(PaymentPaths.CampaignNotice(campaignId, "delai")),
                _ => Results.Text(PaymentText.ReturnUnavailable, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound),
            };
        }
        catch (Exception unreachable) when (unreachable is StripeException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Results.Text(PaymentText.StripeUnreachable, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> AsCarrierAsync(HttpContext context, Guid campaignId, Func<Campaign, bool> allowed, Func<Campaign, Task<Uri>> start)
    {
        var campaign = await context.RequestServices.GetRequiredService<CampaignService>().FindAsync(campaignId);
        if (campaign is null) return Results.NotFound();
        if (campaign.CarrierUserId != context.User.RequiredUserId().ToString())
        {
            return Results.Text(LendingDashboardText.CarrierForbidden, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        if (!allowed(campaign)) return Results.Redirect(PaymentPaths.Dashboard(campaignId, "paiements=indisponible"));
        try
        {
            return Results.Redirect((await start(campaign)).ToString());
        }
        catch (Exception unreachable) when (unreachable is StripeException or HttpRequestException or TaskCanceledException)
        {
            return Results.Redirect(PaymentPaths.Dashboard(campaignId, "paiements=injoignable"));
        }
    }
}
