namespace Plateforme.Accounts.Store;

/// <summary>The same values as the catalogue's provider setting ("Search:Database:Provider"): one database.</summary>
public enum AccountsDatabaseProvider
{
    Sqlite,
    PostgreSql,
}
