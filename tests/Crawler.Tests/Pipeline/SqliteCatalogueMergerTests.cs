using Plateforme.Crawler.Tests.Store;

namespace Plateforme.Crawler.Tests.Pipeline;

public sealed class SqliteCatalogueMergerTests : CatalogueMergerContract
{
    protected override Task<TestDatabase> CreateAsync() => TestDatabase.SqliteAsync();
}
