using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Documents;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Lending.Documents;

/// <summary>The PDF versions of a loan's contract and summary sheet, for its lender and moderators.</summary>
public static class LoanDocumentEndpoints
{
    public static IEndpointRouteBuilder MapLoanDocuments(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/prets/mes-prets/{pledgeId:guid}/contrat.pdf", (Guid pledgeId, HttpContext context, CancellationToken cancellationToken) =>
            PdfAsync(pledgeId, LoanDocumentKind.Contract, context, cancellationToken)).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/prets/mes-prets/{pledgeId:guid}/fiche.pdf", (Guid pledgeId, HttpContext context, CancellationToken cancellationToken) =>
            PdfAsync(pledgeId, LoanDocumentKind.Summary, context, cancellationToken)).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> PdfAsync(Guid pledgeId, LoanDocumentKind kind, HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var (document, allowed) = await LoanDocumentAccess.LoadAsync(services, context.User, pledgeId, cancellationToken);
        // Plain French bodies: an empty error would be replaced by the site's "page not found".
        if (document is null) return Results.Text(LendingDashboardText.DocumentMissing, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        if (!allowed) return Results.Text(LendingDashboardText.DocumentForbidden, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        var renderer = services.GetRequiredService<LoanDocumentPdfRenderer>();
        if (!renderer.Available) return Results.Text(LendingDashboardText.DocumentPdfUnavailable, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        var today = ParisCalendar.Today(services.GetRequiredService<TimeProvider>());
        var bytes = renderer.Render(LoanDocumentContent.Build(document, kind, today));
        var name = (kind == LoanDocumentKind.Contract ? "contrat-de-pret-" : "fiche-recapitulative-") + pledgeId.ToString("N")[..12] + ".pdf";
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(bytes, "application/pdf", name);
    }
}
