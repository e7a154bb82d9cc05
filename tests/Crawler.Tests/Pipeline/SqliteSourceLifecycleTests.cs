using Plateforme.Crawler.Tests.Store;

namespace Plateforme.Crawler.Tests.Pipeline;

public sealed class SqliteSourceLifecycleTests : SourceLifecycleContract
{
    protected override Task<TestDatabase> CreateAsync() => TestDatabase.SqliteAsync();
}
