using Plateforme.Lending.Portfolios;

namespace Plateforme.Web.Components.Lending.Dashboards;

/// <summary>The lending dashboards, documents, photos and statistics: one Add and one Map line in Program.cs.</summary>
public static class LendingDashboardsModule
{
    public static IHostApplicationBuilder AddLendingDashboards(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddLendingDashboardServices();
        return builder;
    }

    public static IEndpointRouteBuilder MapLendingDashboards(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app;
    }
}
