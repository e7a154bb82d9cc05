using System.ComponentModel.DataAnnotations;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search;

/// <summary>"Search:Database".</summary>
public sealed class SearchDatabaseOptions
{
    /// <summary>Sqlite (default) or PostgreSql.</summary>
    [EnumDataType(typeof(CatalogueDatabaseProvider))]
    public CatalogueDatabaseProvider Provider { get; set; } = CatalogueDatabaseProvider.Sqlite;

    /// <summary>A relative SQLite path is taken from the application's content root; its folder is created.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/plateforme.db";
}
