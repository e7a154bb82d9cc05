using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Plateforme.Accounts;
using Plateforme.Web.Calls.Catalogue;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Navigation;

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
        string slug, IOptions<PublicSiteOptions> site, CatalogueReader catalogue, TimeProvider clock, CancellationToken cancellationToken)
    {
        var page = await catalogue.FindCallAsync(slug, cancellationToken);
        if (page is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: UiText.CallNotFoundTitle, detail: UiText.CallNotFoundText);
        }
        var url = site.Value.Link(CallLinks.Detail(page.Call.Slug));
        var ics = WindowsCalendar.Build(page.Call, page.Document, url, clock.GetUtcNow());
        if (ics is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: UiText.IcsNoDeadlineTitle, detail: UiText.IcsNoDeadlineText);
        }
        return TypedResults.File(Encoding.UTF8.GetBytes(ics), DeadlineCalendar.ContentType, page.Call.Slug + ".ics");
    }
}
