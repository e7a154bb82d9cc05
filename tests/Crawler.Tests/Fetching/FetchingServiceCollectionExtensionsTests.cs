using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Plateforme.Crawler.Fetching;

namespace Plateforme.Crawler.Tests.Fetching;

public sealed class FetchingServiceCollectionExtensionsTests
{
    [Fact]
    public void The_fetcher_is_one_singleton_configured_from_the_crawler_fetch_section()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Crawler:Fetch:ContactUrl"] = "https://aides.example.fr/robot",
            ["Crawler:Fetch:DefaultDelay"] = "00:00:02",
            ["Crawler:Fetch:AllowLoopback"] = "true",
        });

        var fetcher = provider.GetRequiredService<IPageFetcher>();
        var options = provider.GetRequiredService<IOptions<FetchOptions>>().Value;

        Assert.Same(fetcher, provider.GetRequiredService<IPageFetcher>());
        Assert.Equal(TimeSpan.FromSeconds(2), options.DefaultDelay);
        Assert.True(options.AllowLoopback);
        Assert.Equal("PlateformeBot/1.0 (+https://aides.example.fr/robot)", options.UserAgent);
        Assert.IsType<InMemoryValidatorStore>(provider.GetRequiredService<IValidatorStore>());
    }

    [Theory]
    [InlineData("Crawler:Fetch:ContactUrl", "not a url")]
    [InlineData("Crawler:Fetch:RobotsCacheDuration", "2.00:00:00")]
    [InlineData("Crawler:Fetch:MaxAttempts", "0")]
    [InlineData("Crawler:Fetch:ProductToken", "Plateforme Bot")]
    public void A_wrong_setting_fails_loudly(string key, string value)
    {
        using var provider = Build(new Dictionary<string, string?> { [key] = value });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FetchOptions>>().Value);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPageFetcher(configuration);
        return services.BuildServiceProvider();
    }
}
