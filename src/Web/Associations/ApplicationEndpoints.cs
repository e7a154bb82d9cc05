using Plateforme.Alerts.Applications;
using Plateforme.Web.Shared.Forms;
using Plateforme.Web.Shared.Navigation;

namespace Plateforme.Web.Associations;

/// <summary>POSTs of the applications page: change an application (status, notes, amount), or stop following a call.</summary>
internal static class ApplicationEndpoints
{
    public static async Task<IResult> UpdateAsync(Guid organisationId, Guid applicationId, HttpRequest request, ApplicationService applications,
        CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var page = AssociationPaths.Applications(organisationId);
        var anchor = "#candidature-" + applicationId;
        if (!Enum.TryParse<ApplicationStatus>(form["status"].ToString(), out var status) || !Enum.IsDefined(status))
        {
            return Results.Redirect($"{page}?candidature={applicationId}&erreur={ApplicationProblems.Status}{anchor}");
        }
        long? cents = null;
        var amount = form["amount"].ToString();
        if (!string.IsNullOrWhiteSpace(amount))
        {
            if (!EuroAmount.TryParseCents(amount, out var parsed)) return Results.Redirect($"{page}?candidature={applicationId}&erreur={ApplicationProblems.Amount}{anchor}");
            cents = parsed;
        }

        var errors = await applications.UpdateAsync(organisationId, applicationId, new ApplicationChange(status, form["notes"].ToString(), cents), cancellationToken);
        if (errors is null) return Results.NotFound();
        if (errors.Count > 0)
        {
            return Results.Redirect($"{page}?candidature={applicationId}&erreur={string.Join(',', errors.Keys.Select(ApplicationProblems.Code))}{anchor}");
        }
        return Results.Redirect($"{page}?enregistre={applicationId}{anchor}");
    }

    public static async Task<IResult> RemoveAsync(Guid organisationId, Guid applicationId, ApplicationService applications, CancellationToken cancellationToken) =>
        await applications.RemoveAsync(organisationId, applicationId, cancellationToken)
            ? Results.Redirect(AssociationPaths.Applications(organisationId) + "?retire=1")
            : Results.NotFound();
}
