using Microsoft.AspNetCore.Mvc;
using Plateforme.Search.Reference;
using Plateforme.Web.Shared.Navigation;
using Plateforme.Web.Shared.Security;

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
        // The token is checked by the filter, not by form binding, so that a stale form leads back to the form with a notice.
        app.MapPost(Path, Save).DisableAntiforgery().RequireAntiforgeryToken(Expired).ExcludeFromDescription();
        app.MapPost(ForgetPath, Forget).DisableAntiforgery().RequireAntiforgeryToken(Expired).ExcludeFromDescription();
        return app;
    }

    public const string ExpiredPath = Path + "?expire=1";

    private static IResult Expired(HttpContext context) => Results.Redirect(ExpiredPath);

    private static IResult Save(
        HttpContext context,
        [FromForm(Name = "territory")] string? territory,
        [FromForm(Name = "territoryText")] string? territoryText,
        [FromForm(Name = "beneficiary")] string? beneficiary,
        [FromForm(Name = "returnUrl")] string? returnUrl,
        PreferenceCookie cookie,
        TerritoryDirectory territories)
    {
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

    private static IResult Forget(HttpContext context, [FromForm(Name = "returnUrl")] string? returnUrl)
    {
        PreferenceCookie.Clear(context);
        return Results.Redirect(LocalReturn.Or(returnUrl, Path + "?oublie=1"));
    }

}
