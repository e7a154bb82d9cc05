using Microsoft.EntityFrameworkCore;
using Plateforme.Data;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Tests.Store;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=localhost;Database=unused")]
    public void Every_model_change_has_a_migration_for_each_provider(DatabaseProvider provider, string connectionString)
    {
        using var db = LendingDbContext.Store.CreateContext(provider, connectionString);

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
