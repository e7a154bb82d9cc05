using Plateforme.Testing;

namespace Plateforme.Search.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchModuleTests(ThrowawayPostgres postgres) : SearchModuleTests
{
    protected override async Task<Dictionary<string, string?>> DatabaseSettingsAsync() => new()
    {
        ["Search:Database:Provider"] = "PostgreSql",
        ["Search:Database:ConnectionString"] = await postgres.CreateDatabaseAsync(),
    };
}
