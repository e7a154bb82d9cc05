using Plateforme.Data;
using Plateforme.Testing;

namespace Plateforme.Search.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTerritoryListMigrationTests(ThrowawayPostgres postgres) : TerritoryListMigrationTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override string InsertOldCall => """
        INSERT INTO search."FundingCalls" ("Id", "Slug", "Title", "Funders", "Beneficiaries", "AidTypes", "Destinations", "Themes", "SubThemes",
            "Keywords", "Territory", "Recurrence", "IsCallForProjects", "State", "ModeratorEditedFields", "CreatedAt", "UpdatedAt")
        VALUES ('0b7e4a9c-1d2e-4f30-8a41-5b6c7d8e9f01', 'ancien-appel', 'Ancien appel', '{{}}', '{{}}', '{{}}', '{{}}', '{{}}', '{{}}',
            '{{}}', 'dep:80', 'OneOff', false, 'Published', '{{}}', now(), now())
        """;

    protected override Task<string> CreatePostgresDatabaseAsync() => postgres.CreateDatabaseAsync();
}
