using System.Globalization;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.RateLimits;

/// <summary>
/// Counts each public API request against its client's window and says so in the IETF draft headers
/// (RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset); beyond the quota a 429 problem with Retry-After.
/// A partner key, when sent, must be a live one: a wrong key is a 401, never silently the anonymous quota.
/// </summary>
public sealed class PublicApiQuotaFilter(PublicApiQuota quota, PartnerKeys keys) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        string client;
        var partner = false;
        if (http.Request.Headers.TryGetValue(PublicApiQuota.KeyHeader, out var sent) && !string.IsNullOrWhiteSpace(sent.ToString()))
        {
            var key = await keys.FindAsync(sent.ToString(), http.RequestAborted);
            if (key is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: PublicApiText.PartnerKeyUnknownTitle, detail: PublicApiText.PartnerKeyUnknownDetail);
            }
            client = "key:" + key.Id.ToString("N", CultureInfo.InvariantCulture);
            partner = true;
        }
        else
        {
            client = "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        }

        var decision = quota.Take(client, partner);
        var headers = http.Response.Headers;
        headers[PublicApiQuota.LimitHeader] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers[PublicApiQuota.RemainingHeader] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers[PublicApiQuota.ResetHeader] = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        if (!decision.Allowed)
        {
            headers.RetryAfter = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: PublicApiText.QuotaExceededTitle,
                detail: string.Format(CultureInfo.CurrentCulture, PublicApiText.QuotaExceededDetail, decision.Limit, decision.ResetSeconds));
        }
        return await next(context);
    }
}
