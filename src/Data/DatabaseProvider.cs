namespace Plateforme.Data;

/// <summary>The one database every module stores its tables in.</summary>
public enum DatabaseProvider
{
    /// <summary>A file under ./data (WAL), the embedded default.</summary>
    Sqlite,

    PostgreSql,
}
