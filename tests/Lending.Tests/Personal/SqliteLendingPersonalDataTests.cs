using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Personal;

/// <summary><see cref="LendingPersonalDataTests"/> on a SQLite file.</summary>
public sealed class SqliteLendingPersonalDataTests : LendingPersonalDataTests
{
    protected override Task<LendingFixture> CreateFixtureAsync() => LendingFixture.SqliteAsync();
}
