using Plateforme.Crawler.Health;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Tests.Health;

public sealed class SourceHealthRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 12, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_disabled_source_says_so_whatever_its_runs()
    {
        var health = SourceHealthRules.Evaluate(enabled: false, Runs(Failed(), Failed(), Failed()));

        Assert.Equal((SourceHealthState.Disabled, "désactivée"), (health.State, health.Label));
        Assert.False(health.IsFlagged);
    }

    [Fact]
    public void A_source_without_a_finished_run_was_never_run()
    {
        var health = SourceHealthRules.Evaluate(enabled: true, Runs(new CrawlRun { SourceId = "s", Outcome = CrawlRunOutcome.Running }));

        Assert.Equal((SourceHealthState.NeverRun, "jamais lancée"), (health.State, health.Label));
    }

    [Fact]
    public void Three_failed_runs_in_a_row_flag_the_source_with_the_last_error()
    {
        var health = SourceHealthRules.Evaluate(enabled: true, Runs(Failed("robots.txt injoignable"), Failed(), Failed(), Complete(12)));

        Assert.Equal((SourceHealthState.Failing, "en échec"), (health.State, health.Label));
        Assert.True(health.IsFlagged);
        Assert.Equal("Les 3 derniers passages ont échoué ; dernière erreur : robots.txt injoignable", health.Reason);
    }

    [Fact]
    public void Two_failures_after_a_success_are_not_yet_a_failing_source()
    {
        var health = SourceHealthRules.Evaluate(enabled: true, Runs(Failed(), Failed(), Complete(12)));

        Assert.Equal(SourceHealthState.Ok, health.State);
        Assert.Equal("Le dernier passage a échoué, mais pas les précédents.", health.Reason);
    }

    [Fact]
    public void A_cancelled_run_between_failures_does_not_hide_them()
    {
        var cancelled = new CrawlRun { SourceId = "s", Outcome = CrawlRunOutcome.Cancelled };

        var health = SourceHealthRules.Evaluate(enabled: true, Runs(Failed(), cancelled, Failed(), Failed()));

        Assert.Equal(SourceHealthState.Failing, health.State);
    }

    [Theory]
    [InlineData(new[] { 4, 10, 9, 11 }, SourceHealthState.DecliningYield)]
    [InlineData(new[] { 5, 10, 9, 11 }, SourceHealthState.Ok)]
    [InlineData(new[] { 0, 8 }, SourceHealthState.DecliningYield)]
    [InlineData(new[] { 12, 3, 3, 3 }, SourceHealthState.Ok)]
    [InlineData(new[] { 2 }, SourceHealthState.Ok)]
    public void The_latest_complete_run_is_compared_with_the_median_of_the_previous_ones(int[] itemsNewestFirst, SourceHealthState expected)
    {
        var health = SourceHealthRules.Evaluate(enabled: true, Runs([.. itemsNewestFirst.Select(Complete)]));

        Assert.Equal(expected, health.State);
    }

    [Fact]
    public void A_declining_yield_explains_the_figures_in_french()
    {
        var health = SourceHealthRules.Evaluate(enabled: true, Runs(Complete(3), Complete(10), Complete(12), Complete(10)));

        Assert.Equal("rendement en baisse", health.Label);
        Assert.Equal("Le dernier passage complet a trouvé 3 élément(s) contre 10 d'habitude : la mise en page du site a peut-être changé.", health.Reason);
    }

    [Fact]
    public void Incomplete_runs_do_not_count_for_the_yield()
    {
        var partial = new CrawlRun { SourceId = "s", Outcome = CrawlRunOutcome.PartiallySucceeded, Complete = false, ItemsFound = 1 };

        var health = SourceHealthRules.Evaluate(enabled: true, Runs(partial, Complete(10), Complete(10)));

        Assert.Equal(SourceHealthState.Ok, health.State);
    }

    private static CrawlRun[] Runs(params CrawlRun[] newestFirst)
    {
        for (var i = 0; i < newestFirst.Length; i++) newestFirst[i].StartedAt = Start.AddDays(-i);
        return newestFirst;
    }

    private static CrawlRun Failed(string error = "échec du téléchargement") =>
        new() { SourceId = "s", Outcome = CrawlRunOutcome.Failed, Errors = [error] };

    private static CrawlRun Complete(int items) =>
        new() { SourceId = "s", Outcome = CrawlRunOutcome.Succeeded, Complete = true, ItemsFound = items };
}
