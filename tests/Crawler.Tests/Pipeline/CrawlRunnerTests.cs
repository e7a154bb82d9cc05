using Microsoft.Extensions.DependencyInjection;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Tests.Pipeline;

public sealed class CrawlRunnerTests
{
    [Fact]
    public async Task An_unknown_source_is_recorded_as_a_failed_run_without_throwing()
    {
        await using var environment = new CrawlEnvironment();
        await environment.StartAsync();

        var run = await environment.Runner.RunAsync("source-inconnue");

        Assert.Equal(CrawlRunOutcome.Failed, run.Outcome);
        Assert.Equal("Source inconnue : « source-inconnue ».", Assert.Single(run.Errors));
        var stored = (await environment.Services.GetRequiredService<CrawlRunHistory>().LatestRunsAsync())["source-inconnue"];
        Assert.Equal((CrawlRunOutcome.Failed, run.Id), (stored.Outcome, stored.Id));
    }

    [Fact]
    public async Task A_site_that_does_not_answer_gives_a_failed_run_with_a_french_error_and_withdraws_nothing()
    {
        await using var environment = new CrawlEnvironment(new Dictionary<string, Uri> { ["ville-amiens"] = new("http://127.0.0.1:9/") });
        await environment.StartAsync();

        var run = await environment.RunAsync("ville-amiens");

        Assert.Equal(CrawlRunOutcome.Failed, run.Outcome);
        Assert.False(run.Complete);
        // Unreachable, even its robots.txt: the error names the public page, in French.
        Assert.StartsWith("https://www.amiens.fr/vivre-a-amiens/vie-associative/appels-a-projets : ", Assert.Single(run.Errors), StringComparison.Ordinal);
        Assert.NotNull(run.EndedAt);
    }

    [Fact]
    public async Task Validators_of_the_fetcher_are_kept_in_the_crawler_store()
    {
        await using var environment = new CrawlEnvironment();

        Assert.IsType<EfValidatorStore>(environment.Services.GetRequiredService<IValidatorStore>());
    }
}
