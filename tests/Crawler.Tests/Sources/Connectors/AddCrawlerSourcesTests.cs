using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Connectors;

public sealed class AddCrawlerSourcesTests
{
    [Fact]
    public void Registers_a_connector_for_every_kind_and_the_shipped_registry()
    {
        using var fetcher = new HttpClientPageFetcher();
        using var services = new ServiceCollection().AddSingleton<IPageFetcher>(fetcher).AddCrawlerSources()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var kinds = services.GetServices<ISourceConnector>().Select(c => c.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<SourceKind>().ToHashSet(), kinds);
        Assert.Equal(9, services.GetRequiredService<SourceRegistry>().All.Count);
    }

    [Fact]
    public void Base_url_overrides_come_from_the_crawler_sources_section()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Crawler:Sources:BaseUrlOverrides:0:Public"] = "https://www.somme.fr",
            ["Crawler:Sources:BaseUrlOverrides:0:Local"] = "http://127.0.0.1:5999",
        });
        builder.Services.AddSingleton<IPageFetcher, HttpClientPageFetcher>();

        builder.AddCrawlerSources();
        using var host = builder.Build();

        var rewriter = host.Services.GetRequiredService<SourceUrlRewriter>();
        Assert.Equal("http://127.0.0.1:5999/aap", rewriter.ToFetch(new Uri("https://www.somme.fr/aap")).AbsoluteUri);
    }
}
