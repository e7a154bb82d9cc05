using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Tests.Store;
using Plateforme.Testing;

namespace Plateforme.Search.Tests.Moderation;

[Collection(PostgresCollection.Name)]
public sealed class PostgresModerationServicesTests(ThrowawayPostgres postgres) : ModerationServicesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override Task<string> CreatePostgresDatabaseAsync() => postgres.CreateDatabaseAsync();
}
