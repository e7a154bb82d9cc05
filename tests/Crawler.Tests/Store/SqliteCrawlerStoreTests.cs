namespace Plateforme.Crawler.Tests.Store;

public sealed class SqliteCrawlerStoreTests : CrawlerStoreContract
{
    protected override Task<TestDatabase> CreateAsync() => TestDatabase.SqliteAsync();
}
