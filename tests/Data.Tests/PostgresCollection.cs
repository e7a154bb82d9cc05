using Plateforme.Testing;

namespace Plateforme.Data.Tests;

/// <summary>One throwaway PostgreSQL server for every test class of this assembly that joins the collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<ThrowawayPostgres>
{
    public const string Name = "postgres";
}
