using Microsoft.Extensions.DependencyInjection;

namespace Plateforme.Lending.Portfolios;

/// <summary>The read services of the dashboards, documents and statistics, registered next to <see cref="LendingModule"/>'s.</summary>
public static class LendingDashboardServices
{
    public static IServiceCollection AddLendingDashboardServices(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<LenderPortfolioService>();
        services.AddSingleton<CampaignRepaymentQueries>();
        services.AddSingleton<Documents.LoanDocumentService>();
        services.AddSingleton<Photos.PhotoService>();
        services.AddSingleton<Supporters.SupporterMessageService>();
        services.AddSingleton<Statistics.LendingStatisticsService>();
        return services;
    }
}
