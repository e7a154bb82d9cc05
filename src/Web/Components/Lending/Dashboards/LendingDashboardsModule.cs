using Plateforme.Lending.Portfolios;
using Plateforme.Web.Components.Lending.Documents;

namespace Plateforme.Web.Components.Lending.Dashboards;

/// <summary>The lending dashboards, documents, photos and statistics: one Add and one Map line in Program.cs.</summary>
public static class LendingDashboardsModule
{
    public static IHostApplicationBuilder AddLendingDashboards(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddLendingDashboardServices();
        builder.Services.AddOptions<LoanDocumentOptions>().Bind(builder.Configuration.GetSection(LoanDocumentOptions.SectionName));
        builder.Services.AddSingleton<LoanDocumentPdfRenderer>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLendingDashboards(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapLoanDocuments();
        app.MapCampaignPhotos();
        return app;
    }
}
