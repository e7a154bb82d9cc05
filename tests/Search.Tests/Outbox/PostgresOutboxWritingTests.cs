using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Tests.Store;
using Plateforme.Testing;

namespace Plateforme.Search.Tests.Outbox;

[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxWritingTests(ThrowawayPostgres postgres) : OutboxWritingTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override Task<string> CreatePostgresDatabaseAsync() => postgres.CreateDatabaseAsync();
}
