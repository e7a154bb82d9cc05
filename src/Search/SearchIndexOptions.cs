using System.ComponentModel.DataAnnotations;

namespace Plateforme.Search;

/// <summary>"Search:Index".</summary>
public sealed class SearchIndexOptions : IValidatableObject
{
    /// <summary>Keeps the index in memory only (tests, demos): rebuilt from the database at every start.</summary>
    public const string InMemoryPath = ":memory:";

    [EnumDataType(typeof(SearchIndexBackend))]
    public SearchIndexBackend Backend { get; set; } = SearchIndexBackend.Lucene;

    /// <summary>Folder of the Lucene index, relative to the content root unless absolute; or ":memory:".</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/index";

    /// <summary>The cluster, when <see cref="Backend"/> is <see cref="SearchIndexBackend.Elasticsearch"/>.</summary>
    public Indexing.Elasticsearch.ElasticsearchIndexOptions Elasticsearch { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Backend == SearchIndexBackend.Elasticsearch ? Elasticsearch.Validate() : [];
}
