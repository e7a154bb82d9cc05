using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Tests.Store;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(LendingDatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(LendingDatabaseProvider.PostgreSql, "Host=localhost;Database=unused")]
    public void Every_model_change_has_a_migration_for_each_provider(LendingDatabaseProvider provider, string connectionString)
    {
        using var db = LendingDatabase.CreateContext(provider, connectionString);

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
