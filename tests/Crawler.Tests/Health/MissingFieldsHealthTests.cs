using Plateforme.Crawler.Health;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Tests.Health;

/// <summary>« champs manquants »: a run whose calls lack the deadline (or amount) the previous runs' calls had.</summary>
public sealed class MissingFieldsHealthTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 12, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Calls_without_the_deadlines_the_previous_runs_had_flag_missing_fields()
    {
        var health = SourceHealthRules.Evaluate(enabled: true, Runs(Counted(12, deadlines: 0, amounts: 9), Counted(12, 11, 9), Counted(11, 10, 8)));

        Assert.Equal((SourceHealthState.MissingFields, "champs manquants"), (health.State, health.Label));
        Assert.True(health.IsFlagged);
        Assert.Equal(
            "Le dernier passage complet a trouvé une date limite pour 0 appel(s) sur 12 (0 %), contre 91 % lors des passages précédents : "
            + "le site a sans doute déplacé ou renommé ces champs, et la définition ne les trouve plus. Vérifiez-la avec « validate --fetch ».",
            health.Reason);
    }

    [Fact]
    public void Deadlines_and_amounts_lost_together_are_both_named()
    {
        var health = SourceHealthRules.Evaluate(enabled: true, Runs(Counted(10, 1, 0), Counted(10, 10, 10)));

        Assert.Equal(SourceHealthState.MissingFields, health.State);
        Assert.Contains("une date limite pour 1 appel(s) sur 10 (10 %), contre 100 % lors des passages précédents et un montant pour 0 appel(s) sur 10 (0 %)", health.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12, 8, 11)]
    [InlineData(12, 0, 2)]
    public void A_small_drop_or_a_field_rare_at_this_source_is_not_flagged(int calls, int latestDeadlines, int usualDeadlines)
    {
        var health = SourceHealthRules.Evaluate(enabled: true, Runs(Counted(calls, latestDeadlines, 0), Counted(calls, usualDeadlines, 0), Counted(calls, usualDeadlines, 0)));

        Assert.Equal(SourceHealthState.Ok, health.State);
    }

    [Fact]
    public void Runs_recorded_before_fields_were_counted_say_nothing()
    {
        var old = new CrawlRun { SourceId = "s", Outcome = CrawlRunOutcome.Succeeded, Complete = true, ItemsFound = 12 };

        var health = SourceHealthRules.Evaluate(enabled: true, Runs(Counted(12, 0, 0), old, old));

        Assert.Equal(SourceHealthState.Ok, health.State);
    }

    [Fact]
    public void A_collapsed_yield_is_reported_before_missing_fields()
    {
        var health = SourceHealthRules.Evaluate(enabled: true, Runs(Counted(2, 0, 0), Counted(12, 12, 12), Counted(12, 12, 12)));

        Assert.Equal(SourceHealthState.DecliningYield, health.State);
    }

    private static CrawlRun[] Runs(params CrawlRun[] newestFirst)
    {
        for (var i = 0; i < newestFirst.Length; i++) newestFirst[i].StartedAt = Start.AddDays(-i);
        return newestFirst;
    }

    private static CrawlRun Counted(int calls, int deadlines, int amounts) => new()
    {
        SourceId = "s",
        Outcome = CrawlRunOutcome.Succeeded,
        Complete = true,
        ItemsFound = calls,
        CallsExtracted = calls,
        CallsWithDeadline = deadlines,
        CallsWithAmount = amounts,
    };
}
