using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Concurrency;

public sealed class SqliteConcurrencyTests
{
    [Fact]
    public async Task Two_hundred_parallel_pledges_never_overfund_a_campaign_on_a_sqlite_file_in_wal()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        using (var db = await fixture.OpenAsync())
        {
            Assert.Equal("wal", (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync())[0]);
        }

        await OverfundingScenario.RunAsync(fixture);
    }
}
