using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Personal;

/// <summary><see cref="LendingRetentionPurgeTests"/> on a SQLite file.</summary>
public sealed class SqliteLendingRetentionPurgeTests : LendingRetentionPurgeTests
{
    protected override Task<LendingFixture> CreateFixtureAsync() => LendingFixture.SqliteAsync();
}
