using Plateforme.Experiences.Sheets;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Experiences.Pdf;

/// <summary>GET /experiences/{slug}/fiche.pdf: a published sheet as a PDF file, the same bytes for the same version.</summary>
public static class SheetPdfEndpoint
{
    public static IEndpointRouteBuilder MapSheetPdf(this IEndpointRouteBuilder app)
    {
        app.MapGet("/experiences/{slug}/fiche.pdf", Download).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Download(string slug, ExperienceService sheets, SheetPdfLicence licence, HttpContext context, CancellationToken cancellationToken)
    {
        var sheet = slug.Length > 200 ? null : await sheets.FindPublishedAsync(slug, cancellationToken).ConfigureAwait(false);
        if (sheet is null)
            return Results.Problem(ExperienceUi.PdfNotFound, statusCode: StatusCodes.Status404NotFound, title: ExperienceUi.ApiNotFoundTitle);
        if (!licence.Available)
            // A person who kept an old link reads why in French (a problem body would be turned into a generic server error).
            return Results.Text(ExperienceUi.PdfUnavailable, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        var etag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{sheet.Id:N}-{sheet.Version}\"");
        context.Response.Headers.CacheControl = "public, max-age=300";
        return Results.File(SheetPdf.Render(sheet), "application/pdf", $"fiche-experience-{sheet.Slug}.pdf",
            lastModified: sheet.UpdatedAt, entityTag: etag);
    }
}
