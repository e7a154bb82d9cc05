using Microsoft.EntityFrameworkCore;
using Plateforme.Accounts.Store;
using Plateforme.Data;
using Plateforme.Testing;

namespace Plateforme.Accounts.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class AccountsStoreTests(ThrowawayPostgres postgres)
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_migrations_cover_the_model_and_keep_their_own_history_table(DatabaseProvider provider)
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await postgres.CreateDatabaseAsync()
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"accounts-store-{Guid.NewGuid():N}.db")}";
        await using var db = AccountsDbContext.Store.CreateContext(provider, connectionString);

        await db.Database.MigrateAsync();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration covers");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var history = provider == DatabaseProvider.PostgreSql
            ? "SELECT count(*) AS \"Value\" FROM accounts.\"__AccountsMigrationsHistory\""
            : "SELECT count(*) AS \"Value\" FROM \"__AccountsMigrationsHistory\"";
        Assert.Equal(db.Database.GetMigrations().Count(), await db.Database.SqlQueryRaw<int>(history).SingleAsync());
    }
}
