using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;
using Plateforme.Alerts.Applications;
using Plateforme.Alerts.Subscriptions;
using Plateforme.Search.Catalogue;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Shared.Navigation;

namespace Plateforme.Web.Associations;

/// <summary>The two buttons of « Appels pour mon association »: follow a call, and the alert built from the profile.</summary>
internal static class MatchingEndpoints
{
    public static async Task<IResult> FollowAsync(Guid organisationId, HttpContext context, PublishedCalls calls, ApplicationService applications,
        CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var back = LocalReturn.Or(form["returnUrl"].ToString(), AssociationPaths.MatchingCalls(organisationId));
        if (!Guid.TryParse(form["callId"].ToString(), out var callId)) return Results.Redirect(back);
        var published = await calls.FindAsync(callId.ToString(), cancellationToken);
        if (published is null) return Results.NotFound();
        var call = published.Call;
        await applications.SaveAsync(organisationId, context.User.RequiredUserId(),
            new SavedCall(call.Id, call.Slug, call.Title, call.Deadline), cancellationToken);
        return Results.Redirect(WithQuery(back, "suivi=" + call.Id) + "#appel-" + call.Id);
    }

    /// <summary>A weekly alert on the same filters as the list, for the member's own address (confirmed by e-mail, as every alert).</summary>
    public static async Task<IResult> AlertAsync(Guid organisationId, HttpContext context, OrganisationService organisations, AssociationCalls matching,
        AlertService alerts, AlertRateLimiter limiter, UserManager<PlatformUser> users, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(organisationId, cancellationToken);
        var user = await users.GetUserAsync(context.User);
        if (organisation is null || user?.Email is null) return Results.NotFound();
        var list = matching.For(organisation.Profile);
        var page = AssociationPaths.MatchingCalls(organisationId);
        if (list.SearchQuery.Length == 0) return Results.Redirect(page);
        if (!limiter.TryAcquire(context.Connection.RemoteIpAddress)) return Results.Redirect(page + "?alerte=trop");
        var description = string.Format(FrenchFormat.Culture, AssociationText.AlertDescription, organisation.Name);
        if (description.Length > 1000) description = description[..1000];
        await alerts.CreateAsync(new NewAlert(user.Email, list.SearchQuery, description, AlertFrequency.Weekly, user.Id), cancellationToken);
        return Results.Redirect(page + "?alerte=1#alerte");
    }

    private static string WithQuery(string url, string parameter)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) url = url[..hash];
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + parameter;
    }
}
