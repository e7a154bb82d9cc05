using System.ComponentModel.DataAnnotations;
using Plateforme.Lending.Store;

namespace Plateforme.Lending;

/// <summary>"Lending:Database".</summary>
public sealed class LendingDatabaseOptions
{
    /// <summary>Sqlite (default) or PostgreSql.</summary>
    [EnumDataType(typeof(LendingDatabaseProvider))]
    public LendingDatabaseProvider Provider { get; set; } = LendingDatabaseProvider.Sqlite;

    /// <summary>A relative SQLite path is taken from the application's content root; its folder is created.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/plateforme.db";
}
