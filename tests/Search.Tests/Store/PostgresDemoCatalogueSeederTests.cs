using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Testing;

namespace Plateforme.Search.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDemoCatalogueSeederTests(ThrowawayPostgres postgres) : DemoCatalogueSeederTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override Task<string> CreatePostgresDatabaseAsync() => postgres.CreateDatabaseAsync();
}
