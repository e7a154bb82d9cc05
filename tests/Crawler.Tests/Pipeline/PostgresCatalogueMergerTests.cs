using Plateforme.Crawler.Tests.Store;
using Plateforme.Testing;

namespace Plateforme.Crawler.Tests.Pipeline;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCatalogueMergerTests(ThrowawayPostgres postgres) : CatalogueMergerContract
{
    protected override async Task<TestDatabase> CreateAsync() => await TestDatabase.PostgresAsync(await postgres.CreateDatabaseAsync());
}
