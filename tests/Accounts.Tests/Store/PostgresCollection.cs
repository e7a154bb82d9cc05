using Plateforme.Testing;

namespace Plateforme.Accounts.Tests.Store;

/// <summary>One throwaway PostgreSQL server for the account tests that need one.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<ThrowawayPostgres>
{
    public const string Name = "Accounts on PostgreSQL";
}
