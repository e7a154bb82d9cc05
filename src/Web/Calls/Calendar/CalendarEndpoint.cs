using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Plateforme.Web.Calls.Catalogue;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Calls.Calendar;

public static class CalendarEndpoint
{
    /// <summary>GET /appels/{slug}/agenda.ics: the deadline of a published call as a calendar file.</summary>
    public static IEndpointRouteBuilder MapCallCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGet("/appels/{slug}/agenda.ics", Download)
            .WithName("CallCalendar")
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        string slug, HttpRequest request, CatalogueReader catalogue, TimeProvider clock, CancellationToken cancellationToken)
    {
        var page = await catalogue.FindCallAsync(slug, cancellationToken);
        if (page is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: UiText.CallNotFoundTitle, detail: UiText.CallNotFoundText);
        }
        var url = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/appels/{Uri.EscapeDataString(page.Call.Slug)}");
        var ics = DeadlineCalendar.Build(page.Document, url, clock.GetUtcNow());
        if (ics is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: UiText.IcsNoDeadlineTitle, detail: UiText.IcsNoDeadlineText);
        }
        return TypedResults.File(Encoding.UTF8.GetBytes(ics), DeadlineCalendar.ContentType, page.Call.Slug + ".ics");
    }
}
