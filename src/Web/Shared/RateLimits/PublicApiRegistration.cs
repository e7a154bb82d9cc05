using Microsoft.AspNetCore.Cors.Infrastructure;
using Plateforme.Web.Shared.OpenApi;

namespace Plateforme.Web.Shared.RateLimits;

/// <summary>
/// What every public API endpoint shares: the quota per client, CORS for any origin (GET only, no credentials,
/// the quota headers readable by scripts) and its place in the public OpenAPI document.
/// </summary>
public static class PublicApiRegistration
{
    public const string CorsPolicy = "public-api";

    public static IHostApplicationBuilder AddPublicApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<PublicApiQuotaOptions>().Bind(builder.Configuration.GetSection(PublicApiQuotaOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PartnerKeyOptions>().Bind(builder.Configuration.GetSection(PartnerKeyOptions.SectionName));
        services.AddSingleton<PublicApiQuota>();
        services.AddSingleton<PartnerKeys>();
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders(PublicApiQuota.KeyHeader, "Accept", "Accept-Language")
            .WithExposedHeaders(PublicApiQuota.LimitHeader, PublicApiQuota.RemainingHeader, PublicApiQuota.ResetHeader, "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        builder.AddApiDocuments();
        return builder;
    }

    /// <summary>Puts an endpoint (or a group) under the public API's quota and CORS policy.</summary>
    public static TBuilder AsPublicApi<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireCors(CorsPolicy);
        builder.AddEndpointFilter<TBuilder, PublicApiQuotaFilter>();
        return builder;
    }
}
