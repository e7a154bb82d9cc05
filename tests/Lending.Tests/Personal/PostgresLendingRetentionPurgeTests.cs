using Plateforme.Lending.Tests.Concurrency;
using Plateforme.Lending.Tests.Support;
using Plateforme.Testing;

namespace Plateforme.Lending.Tests.Personal;

/// <summary><see cref="LendingRetentionPurgeTests"/> on the throwaway PostgreSQL, one database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLendingRetentionPurgeTests(ThrowawayPostgres postgres) : LendingRetentionPurgeTests
{
    protected override async Task<LendingFixture> CreateFixtureAsync() => await LendingFixture.PostgresAsync(await postgres.CreateDatabaseAsync());
}
