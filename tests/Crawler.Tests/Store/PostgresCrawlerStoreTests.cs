using Plateforme.Testing;

namespace Plateforme.Crawler.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCrawlerStoreTests(ThrowawayPostgres postgres) : CrawlerStoreContract
{
    protected override async Task<TestDatabase> CreateAsync() => await TestDatabase.PostgresAsync(await postgres.CreateDatabaseAsync());
}
