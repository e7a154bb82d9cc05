using Plateforme.Testing;

namespace Plateforme.Search.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchModuleTests(ThrowawayPostgres postgres) : SearchModuleTests
{
    protected override async Task<Dictionary<string, string?>> DatabaseSettingsAsync() => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:ConnectionString"] = await postgres.CreateDatabaseAsync(),
    };
}
