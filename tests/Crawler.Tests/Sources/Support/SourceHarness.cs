using Microsoft.Extensions.DependencyInjection;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Tests.Sources.Support;

/// <summary>
/// The real services from AddCrawlerSources, with the test fetcher and every request for
/// <c>publicRoot</c> sent to a fixture site.
/// </summary>
public sealed class SourceHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public SourceHarness(FixtureSite site, params string[] publicRoots)
    {
        Site = site;
        _services = new ServiceCollection()
            .AddSingleton<IPageFetcher>(Fetcher)
            .AddCrawlerSources(options =>
            {
                foreach (var root in publicRoots)
                {
                    options.BaseUrlOverrides.Add(new BaseUrlOverride { Public = root, Local = site.Url.AbsoluteUri });
                }
            })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FixtureSite Site { get; }
    public HttpClientPageFetcher Fetcher { get; } = new();
    public SourceRegistry Registry => _services.GetRequiredService<SourceRegistry>();

    /// <summary>The definition of the registry, or a changed copy.</summary>
    public SourceDefinition Definition(string id) => Registry.Find(id) ?? throw new ArgumentException($"No definition {id}.", nameof(id));

    public async Task<(List<RawCall> Calls, SourceRunDiagnostics Diagnostics)> ReadAsync(SourceDefinition definition)
    {
        var diagnostics = new SourceRunDiagnostics();
        var calls = new List<RawCall>();
        var reader = _services.GetRequiredService<SourceReader>();
        await foreach (var call in reader.ReadAsync(definition, diagnostics, CancellationToken.None))
        {
            calls.Add(call);
        }

        return (calls, diagnostics);
    }

    public Task<(List<RawCall> Calls, SourceRunDiagnostics Diagnostics)> ReadAsync(string id) => ReadAsync(Definition(id));

    public void Dispose()
    {
        _services.Dispose();
        Fetcher.Dispose();
        Site.Dispose();
    }
}
