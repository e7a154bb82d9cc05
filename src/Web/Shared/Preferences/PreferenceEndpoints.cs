using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Plateforme.Search.Reference;
using Plateforme.Web.Shared.Navigation;

namespace Plateforme.Web.Shared.Preferences;

/// <summary>
/// POST /mon-territoire saves the preference, POST /mon-territoire/oublier forgets it; both answer with a
/// redirect, so the form works as plain HTML before (or without) the interactive circuit.
/// </summary>
public static class PreferenceEndpoints
{
    public const string Path = "/mon-territoire";
    public const string ForgetPath = "/mon-territoire/oublier";

    public static IEndpointRouteBuilder MapPreferenceEndpoints(this IEndpointRouteBuilder app)
    {
        // The token is checked by hand so that a stale form leads back to the form with a notice, not to an error page.
        app.MapPost(Path, Save).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost(ForgetPath, Forget).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    public const string ExpiredPath = Path + "?expire=1";

    private static async Task<IResult> Save(
        HttpContext context,
        IAntiforgery antiforgery,
        [FromForm(Name = "territory")] string? territory,
        [FromForm(Name = "territoryText")] string? territoryText,
        [FromForm(Name = "beneficiary")] string? beneficiary,
        [FromForm(Name = "returnUrl")] string? returnUrl,
        PreferenceCookie cookie,
        TerritoryDirectory territories)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.Redirect(ExpiredPath);
        // Without the interactive picker, only the typed name arrives: take its best match.
        if (string.IsNullOrWhiteSpace(territory) && !string.IsNullOrWhiteSpace(territoryText))
        {
            territory = territories.Suggest(territoryText, 20)
                .FirstOrDefault(t => PreferenceCookie.AllowedLevels.Contains(t.Level))?.Code.ToString();
        }
        var preference = cookie.Validate(territory, beneficiary);
        cookie.Write(context, preference);
        return Results.Redirect(LocalReturn.Or(returnUrl, Path + "?enregistre=1"));
    }

    private static async Task<IResult> Forget(HttpContext context, IAntiforgery antiforgery, [FromForm(Name = "returnUrl")] string? returnUrl)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.Redirect(ExpiredPath);
        PreferenceCookie.Clear(context);
        return Results.Redirect(LocalReturn.Or(returnUrl, Path + "?oublie=1"));
    }

}
