using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Tests.Store;
using Plateforme.Testing;

namespace Plateforme.Search.Tests.Outbox;

[Collection(PostgresCollection.Name)]
public sealed class PostgresIndexRebuildTests(ThrowawayPostgres postgres) : IndexRebuildTests
{
    protected override CatalogueDatabaseProvider Provider => CatalogueDatabaseProvider.PostgreSql;

    protected override Task<string> CreatePostgresDatabaseAsync() => postgres.CreateDatabaseAsync();
}
