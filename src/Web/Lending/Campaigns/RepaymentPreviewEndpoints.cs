using System.Globalization;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Pledges;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Forms;
using Plateforme.Web.Shared.Lending;

namespace Plateforme.Web.Lending.Campaigns;

/// <summary>
/// The line under an amount field, computed as the visitor types (a small script asks; without it the forms compute
/// it on the server when sent). The schedule rule stays in C#, in one place: the script never does money arithmetic.
/// </summary>
public static class RepaymentPreviewEndpoints
{
    public const string CarrierPath = "/prets/apercu-remboursement";

    public static string LenderPath(Guid campaignId) => $"/prets/{campaignId}/mensualites";

    public static IEndpointRouteBuilder MapRepaymentPreviews(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/prets/{campaignId:guid}/mensualites", LenderAsync).ExcludeFromDescription();
        app.MapGet(CarrierPath, Carrier).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LenderAsync(Guid campaignId, string? montant, string? nature, CampaignService campaigns)
    {
        var campaign = await campaigns.FindAsync(campaignId);
        if (campaign is null || !CampaignStates.IsPublic(campaign.State)) return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: LendingPageText.CampaignNotFound);
        if (nature == nameof(PledgeKind.Donation)) return Results.Ok(new PreviewLine(LendingPageText.PledgeDonationLive));
        if (!EuroAmount.TryParseCents(montant, out var cents) || cents <= 0) return Invalid(LendingText.AmountInvalid);
        return Results.Ok(new PreviewLine(RepaymentPreview.For(cents, campaign).LenderLine()));
    }

    private static IResult Carrier(string? objectif, int? duree, int? differe, string? fin)
    {
        if (!EuroAmount.TryParseCents(objectif, out var cents) || duree is not { } term || !RepaymentPreview.CanPreview(cents, term, differe ?? 0))
        {
            return Invalid(LendingText.AmountInvalid);
        }
        if (!DateOnly.TryParseExact(fin, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)) return Invalid(LendingPageText.EndDateInvalid);
        return Results.Ok(new PreviewLine(RepaymentPreview.For(cents, term, differe ?? 0, end).CarrierLine()));
    }

    private static IResult Invalid(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: LendingPageText.PreviewInvalid, detail: detail);

    private sealed record PreviewLine(string Line);
}
