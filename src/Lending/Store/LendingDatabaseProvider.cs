namespace Plateforme.Lending.Store;

public enum LendingDatabaseProvider
{
    /// <summary>A file under ./data (WAL), the embedded default.</summary>
    Sqlite,

    PostgreSql,
}
