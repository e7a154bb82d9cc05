using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Plateforme.Accounts.Resources;

namespace Plateforme.Accounts.Security;

/// <summary>
/// Posts to the sign-in, sign-up and password forms are limited per client address and per form, in a fixed
/// window. Page views and every other request are never limited.
/// </summary>
internal static class AccountRateLimits
{
    public static void Configure(RateLimiterOptions options, RateLimitOptions settings)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            if (!HttpMethods.IsPost(http.Request.Method) || !AccountPaths.Limited.Contains(http.Request.Path.Value ?? ""))
            {
                return RateLimitPartition.GetNoLimiter("");
            }

            var key = $"{http.Request.Path.Value!.ToLowerInvariant()} {http.Connection.RemoteIpAddress}";
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimit,
                Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                QueueLimit = 0,
            });
        });
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, cancellationToken) =>
        {
            var response = context.HttpContext.Response;
            response.Headers.RetryAfter = settings.WindowSeconds.ToString(CultureInfo.InvariantCulture);
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(AccountText.TooManyRequests, cancellationToken).ConfigureAwait(false);
        };
    }
}
