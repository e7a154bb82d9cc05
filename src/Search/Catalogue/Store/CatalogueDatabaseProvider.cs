namespace Plateforme.Search.Catalogue.Store;

public enum CatalogueDatabaseProvider
{
    /// <summary>A file under ./data, the embedded default.</summary>
    Sqlite,

    PostgreSql,
}
