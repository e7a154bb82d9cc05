using Plateforme.Web.Admin.Sources.Api;

namespace Plateforme.Web.Admin;

/// <summary>Administration: the crawler's sources (pages and API), the alert digests and the accounts.</summary>
public static class AdminModule
{
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<SourceRunStarter>();
        builder.Services.AddOptions<Sources.Alarms.SourceAlarmOptions>()
            .Bind(builder.Configuration.GetSection(Sources.Alarms.SourceAlarmOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Sources.Alarms.SourceAlarmMonitor>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<Sources.Alarms.SourceAlarmMonitor>());
        return builder;
    }

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapSourcesAdminApi();
        return app;
    }
}
