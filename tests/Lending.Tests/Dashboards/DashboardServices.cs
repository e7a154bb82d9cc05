using Plateforme.Lending.Documents;
using Plateforme.Lending.Photos;
using Plateforme.Lending.Portfolios;
using Plateforme.Lending.Statistics;
using Plateforme.Lending.Store;
using Plateforme.Lending.Supporters;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Dashboards;

/// <summary>The dashboards' services over a <see cref="LendingFixture"/>'s database and clock.</summary>
public sealed class DashboardServices(LendingFixture fixture)
{
    private readonly LendingWrites writes = new(LendingDbContext.Store.CreateFactory(fixture.Database.Provider, fixture.Database.ConnectionString));

    public LenderPortfolioService Portfolios => new(writes, fixture.Time);
    public LoanDocumentService Documents => new(writes);
    public PhotoService Photos => new(writes, fixture.Time);
    public SupporterMessageService Messages => new(writes, fixture.Time);
    public LendingStatisticsService Statistics => new(writes, fixture.Time, Microsoft.Extensions.Options.Options.Create(fixture.Options));
}
