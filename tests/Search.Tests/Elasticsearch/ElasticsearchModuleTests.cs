using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Elasticsearch;
using Plateforme.Search.Tests.Store;

namespace Plateforme.Search.Tests.Elasticsearch;

/// <summary>"Search:Index:Backend" picks the engine; Lucene stays the default; wrong cluster settings stop the start.</summary>
public class ElasticsearchModuleTests
{
    [Fact]
    public async Task The_backend_setting_selects_elasticsearch_with_its_cluster_settings()
    {
        await using var host = SearchTestHost.Build(new Dictionary<string, string?>
        {
            ["Search:Index:Backend"] = "Elasticsearch",
            ["Search:Index:Elasticsearch:Url"] = "https://es1.example:9200,https://es2.example:9200",
            ["Search:Index:Elasticsearch:ApiKey"] = "aWQ6a2V5",
            ["Search:Index:Elasticsearch:Alias"] = "appels",
        });

        Assert.IsType<ElasticsearchSearchIndex>(host.Services.GetRequiredService<ISearchIndex>());
        Assert.Equal("appels", host.Services.GetRequiredService<IOptions<SearchOptions>>().Value.Index.Elasticsearch.Alias);
    }

    [Fact]
    public async Task Lucene_stays_the_default()
    {
        await using var host = SearchTestHost.Build(new Dictionary<string, string?> { ["Search:Index:Path"] = ":memory:" });

        Assert.IsType<Plateforme.Search.Indexing.Lucene.LuceneSearchIndex>(host.Services.GetRequiredService<ISearchIndex>());
    }

    [Theory]
    [InlineData("Search:Index:Elasticsearch:Url", "es1.example:9200", "Elasticsearch:Url")]
    [InlineData("Search:Index:Elasticsearch:Alias", "Appels Publics", "Elasticsearch:Alias")]
    [InlineData("Search:Index:Elasticsearch:Username", "elastic", "Elasticsearch:Password")]
    [InlineData("Search:Index:Elasticsearch:CaCertificatePath", "/nowhere/ca.crt", "Elasticsearch:CaCertificatePath")]
    public async Task A_wrong_cluster_setting_stops_the_start_and_names_it(string key, string value, string named)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:Index:Backend"] = "Elasticsearch",
            [key] = value,
        });
        builder.AddSearch();
        using var host = builder.Build();

        // Options are validated before any hosted service runs: nothing touches a database or a cluster.
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
