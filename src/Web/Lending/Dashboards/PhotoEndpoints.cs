using Microsoft.AspNetCore.Mvc;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Photos;
using Plateforme.Lending.Validation;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Lending;
using Plateforme.Web.Shared.Security;
using Plateforme.Web.Shared.Structures;

namespace Plateforme.Web.Lending.Dashboards;

/// <summary>
/// Campaign photos: served to whoever may see the campaign, added to and removed from a draft by its carrier
/// (plain multipart forms with the antiforgery token, answered by a redirect to the draft form).
/// </summary>
public static class PhotoEndpoints
{
    public static IEndpointRouteBuilder MapCampaignPhotos(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/prets/photos/{photoId:guid}", ServeAsync).ExcludeFromDescription();
        // The removal binds no form field, so ASP.NET Core would not check its token: both forms are checked by the filter.
        app.MapPost("/prets/mes-campagnes/{campaignId:guid}/photos", AddAsync)
            .RequireAuthorization().WithMetadata(new RequestSizeLimitAttribute(PhotoService.MaxBytes + 256 * 1024))
            .DisableAntiforgery().RequireAntiforgeryToken().RequireRateLimiting(PhotoUploadRateLimit.Name).ExcludeFromDescription();
        app.MapPost("/prets/photos/{photoId:guid}/retirer", RemoveAsync).RequireAuthorization().RequireAntiforgeryToken().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ServeAsync(Guid photoId, HttpContext context, PhotoService photos, ModerationScopes scopes, CancellationToken cancellationToken)
    {
        var found = await photos.FindAsync(photoId, cancellationToken);
        if (found is not { } item) return NotFound();
        var (photo, campaign) = item;
        var isPublic = CampaignStates.IsPublic(campaign.State);
        // A draft's photos are the carrier's and its moderators' only (a structure's moderators: campaigns of their
        // territories); a stranger learns nothing of them.
        if (!isPublic && !scopes.For(context.User).Covers(campaign.Territory) && context.User.UserId()?.ToString() != campaign.CarrierUserId) return NotFound();
        context.Response.Headers.CacheControl = isPublic ? "public, max-age=86400" : "private, no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(photo.Bytes, photo.ContentType);
    }

    private static async Task<IResult> AddAsync(
        Guid campaignId, IFormFile? photo, [FromForm] string? altText, HttpContext context, PhotoService photos, CancellationToken cancellationToken)
    {
        var back = DashboardPaths.EditDraft(campaignId);
        if (photo is null || photo.Length == 0) return Results.LocalRedirect(back + "?photo=format");
        if (photo.Length > PhotoService.MaxBytes) return Results.LocalRedirect(back + "?photo=taille");
        var carrierId = context.User.RequiredUserId().ToString();
        try
        {
            // Who may add, to what, before the file is read and decoded: a refused upload costs no decoding.
            await photos.EnsureCanAddAsync(campaignId, carrierId, cancellationToken);
        }
        catch (Exception refused) when (refused is LendingValidationException or LendingNotFoundException)
        {
            return Results.LocalRedirect(back + "?photo=refusee");
        }

        using var buffer = new MemoryStream((int)photo.Length);
        await photo.CopyToAsync(buffer, cancellationToken);
        var image = ImageSanitizer.Sanitize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out var refusal);
        if (image is null) return Results.LocalRedirect(back + "?photo=" + RefusalCode(refusal));
        try
        {
            await photos.AddAsync(campaignId, carrierId, image, altText, cancellationToken);
            return Results.LocalRedirect(back + "?photo=ajoutee");
        }
        catch (Exception refused) when (refused is LendingValidationException or LendingNotFoundException)
        {
            return Results.LocalRedirect(back + "?photo=refusee");
        }
    }

    private static async Task<IResult> RemoveAsync(Guid photoId, HttpContext context, PhotoService photos, CancellationToken cancellationToken)
    {
        var found = await photos.FindAsync(photoId, cancellationToken);
        if (found is not { } item) return NotFound();
        var back = DashboardPaths.EditDraft(item.Campaign.Id);
        try
        {
            await photos.RemoveAsync(photoId, context.User.RequiredUserId().ToString(), cancellationToken);
            return Results.LocalRedirect(back + "?photo=retiree");
        }
        catch (LendingValidationException)
        {
            return Results.LocalRedirect(back + "?photo=refusee");
        }
    }

    /// <summary>The message of a <c>photo</c> query value the endpoints above redirect with.</summary>
    public static string? Message(string? code) => code switch
    {
        "ajoutee" => LendingDashboardText.PhotoAdded,
        "retiree" => LendingDashboardText.PhotoRemoved,
        "taille" => LendingDashboardText.PhotoTooLarge,
        "format" => LendingDashboardText.PhotoUnreadable,
        "webp" => LendingDashboardText.PhotoWebP,
        "dimensions" => LendingDashboardText.PhotoDimensions,
        "refusee" => LendingDashboardText.PhotoRefused,
        _ => null,
    };

    private static string RefusalCode(PhotoRefusal refusal) => refusal switch
    {
        PhotoRefusal.UnsupportedFormat => "webp",
        PhotoRefusal.TooManyPixels => "dimensions",
        _ => "format",
    };

    private static IResult NotFound() => Results.Text(LendingDashboardText.DocumentMissing, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
