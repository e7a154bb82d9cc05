using Plateforme.Accounts.Security;
using Plateforme.Web.Shared.Security;

namespace Plateforme.Web.Associations;

/// <summary>
/// « Appels pour mon association »: an organisation's profile, the calls fitting it with the one-click alert, and
/// its applications (the Alerts module keeps them and sends the deadline reminders). Every route is the
/// organisation's: only its members (and platform administrators) pass the <c>OrganisationMember</c> policy.
/// </summary>
public static class AssociationsModule
{
    public static IHostApplicationBuilder AddAssociationPages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<AssociationCalls>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAssociationPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var organisation = app.MapGroup("/organisations/{organisationId:guid}")
            .RequireAuthorization(AccountPolicies.OrganisationMember)
            .DisableAntiforgery()
            .ExcludeFromDescription();
        organisation.MapPost("/profil/enregistrer", ProfileEndpoint.SaveAsync)
            .RequireAntiforgeryToken(context => Results.Redirect(context.Request.Path.Value!.Replace("/enregistrer", "", StringComparison.Ordinal) + "?expire=1"));
        organisation.MapPost("/pour-mon-association/suivre", MatchingEndpoints.FollowAsync).RequireAntiforgeryToken();
        organisation.MapPost("/pour-mon-association/alerte", MatchingEndpoints.AlertAsync).RequireAntiforgeryToken();
        organisation.MapPost("/candidatures/{applicationId:guid}", ApplicationEndpoints.UpdateAsync).RequireAntiforgeryToken();
        organisation.MapPost("/candidatures/{applicationId:guid}/retirer", ApplicationEndpoints.RemoveAsync).RequireAntiforgeryToken();
        return app;
    }
}
