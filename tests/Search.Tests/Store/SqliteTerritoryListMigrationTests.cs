using Plateforme.Data;

namespace Plateforme.Search.Tests.Store;

public sealed class SqliteTerritoryListMigrationTests : TerritoryListMigrationTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string InsertOldCall => """
        INSERT INTO "FundingCalls" ("Id", "Slug", "Title", "Funders", "Beneficiaries", "AidTypes", "Destinations", "Themes", "SubThemes",
            "Keywords", "Territory", "Recurrence", "IsCallForProjects", "State", "ModeratorEditedFields", "CreatedAt", "UpdatedAt")
        VALUES ('0B7E4A9C-1D2E-4F30-8A41-5B6C7D8E9F01', 'ancien-appel', 'Ancien appel', '[]', '[]', '[]', '[]', '[]', '[]',
            '[]', 'dep:80', 'OneOff', 0, 'Published', '[]', 0, 0)
        """;
}
