namespace Plateforme.Web.Shared.Hosting;

/// <summary>
/// HEAD answers as GET does, without the body (RFC 9110 §9.3.2): pages and minimal-API endpoints are routed for GET
/// only, so a HEAD is routed as a GET. Kestrel keeps knowing the request was a HEAD and sends no body; the method is
/// put back once the response is produced, for the logs and the traces.
/// </summary>
public sealed class HeadRequests : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // Registered as a startup filter so it runs before routing, which WebApplication puts first in its pipeline.
        app.Use(async (context, nextMiddleware) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await nextMiddleware(context);
                return;
            }

            context.Request.Method = HttpMethods.Get;
            var body = context.Response.Body;
            context.Response.Body = Stream.Null;
            try
            {
                await nextMiddleware(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });
        next(app);
    };
}
