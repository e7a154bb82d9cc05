using Plateforme.Lending.Tests.Concurrency;
using Plateforme.Lending.Tests.Support;
using Plateforme.Testing;

namespace Plateforme.Lending.Tests.Dashboards;

public sealed class SqliteDashboardServiceTests
{
    [Fact]
    public async Task Photos_lose_their_metadata_and_carriers_write_to_supporters_once_published()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        await DashboardScenario.PhotosAndMessagesAsync(fixture);
    }

    [Fact]
    public async Task A_lender_portfolio_documents_and_the_public_statistics_agree_with_the_ledger()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        await DashboardScenario.PortfolioAndStatisticsAsync(fixture);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDashboardServiceTests(ThrowawayPostgres postgres)
{
    [Fact]
    public async Task Photos_lose_their_metadata_and_carriers_write_to_supporters_once_published_on_postgresql()
    {
        await using var fixture = await LendingFixture.PostgresAsync(await postgres.CreateDatabaseAsync());
        await DashboardScenario.PhotosAndMessagesAsync(fixture);
    }

    [Fact]
    public async Task A_lender_portfolio_documents_and_the_public_statistics_agree_with_the_ledger_on_postgresql()
    {
        await using var fixture = await LendingFixture.PostgresAsync(await postgres.CreateDatabaseAsync());
        await DashboardScenario.PortfolioAndStatisticsAsync(fixture);
    }
}
