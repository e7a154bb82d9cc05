using System.Globalization;
using Microsoft.Net.Http.Headers;
using Plateforme.Web.Shared.RateLimits;

namespace Plateforme.Web.OpenData;

/// <summary>The catalogue as open data (JSON, CSV, DCAT), the « API et données » page and the partner keys' administration.</summary>
public static class OpenDataModule
{
    public static IHostApplicationBuilder AddOpenData(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<OpenDataset>();
        return builder;
    }

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var files = app.MapGroup("/donnees").AsPublicApi().ExcludeFromDescription();
        files.MapGet(OpenDataPaths.Json["/donnees".Length..], (HttpContext http, OpenDataset dataset) => ServeAsync(http, dataset, s => s.Json, "application/json; charset=utf-8", "appels-a-projets.json"));
        files.MapGet(OpenDataPaths.Csv["/donnees".Length..], (HttpContext http, OpenDataset dataset) => ServeAsync(http, dataset, s => s.Csv, "text/csv; charset=utf-8", "appels-a-projets.csv"));
        files.MapGet(OpenDataPaths.Catalogue["/donnees".Length..], (HttpContext http, OpenDataset dataset) => ServeAsync(http, dataset, s => s.Catalogue, "application/ld+json; charset=utf-8", null));
        return app;
    }

    private static async Task<IResult> ServeAsync(HttpContext http, OpenDataset dataset, Func<DatasetSnapshot, byte[]> file, string contentType, string? downloadName)
    {
        var snapshot = await dataset.CurrentAsync(http.RequestAborted);
        var headers = http.Response.GetTypedHeaders();
        // A day's files never change: caches may keep them for an hour, and the day's date makes a strong validator.
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromHours(1) };
        headers.LastModified = snapshot.GeneratedAt;
        var etag = new EntityTagHeaderValue("\"" + snapshot.Day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" + snapshot.GeneratedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "\"");
        headers.ETag = etag;
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.File(file(snapshot), contentType, downloadName);
    }
}
