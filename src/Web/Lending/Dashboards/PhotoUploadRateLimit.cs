using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Plateforme.Accounts.Users;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Lending.Dashboards;

/// <summary>
/// Photo uploads per signed-in person in a fixed window: each upload may cost a second of decoding, so one account
/// cannot keep the server busy. Beyond the limit: a 429 with a French message.
/// </summary>
public sealed class PhotoUploadRateLimit(IOptions<PhotoUploadOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "photo-uploads";

    private readonly PhotoUploadOptions settings = options.Value;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, cancellationToken) =>
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = settings.WindowSeconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(LendingDashboardText.PhotoUploadsTooMany, cancellationToken);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // Anonymous requests are refused by authorization; only a signed-in person has a partition.
        if (httpContext.User.UserId() is not { } userId) return RateLimitPartition.GetNoLimiter("");
        return RateLimitPartition.GetFixedWindowLimiter(userId.ToString(), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.PermitLimit,
            Window = TimeSpan.FromSeconds(settings.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
