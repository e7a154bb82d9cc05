using System.Globalization;
using Plateforme.Crawler.Health;
using Plateforme.Crawler.Store;
using Plateforme.Search.Indexing;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Display;

/// <summary>French labels and Paris times for the source pages.</summary>
public static class SourceLabels
{
    private static readonly CultureInfo French = FrenchFormat.Culture;

    public static string Health(SourceHealthState state) => state switch
    {
        SourceHealthState.Ok => CrawlerAdminText.HealthOk,
        SourceHealthState.NeverRun => CrawlerAdminText.HealthNeverRun,
        SourceHealthState.Disabled => CrawlerAdminText.HealthDisabled,
        SourceHealthState.DecliningYield => CrawlerAdminText.HealthDecliningYield,
        SourceHealthState.MissingFields => CrawlerAdminText.HealthMissingFields,
        _ => CrawlerAdminText.HealthFailing,
    };

    /// <summary>"ok", "failing"…: a CSS modifier and a stable hook for tests.</summary>
    public static string HealthKey(SourceHealthState state) => state switch
    {
        SourceHealthState.Ok => "ok",
        SourceHealthState.NeverRun => "never-run",
        SourceHealthState.Disabled => "disabled",
        SourceHealthState.DecliningYield => "declining-yield",
        SourceHealthState.MissingFields => "missing-fields",
        _ => "failing",
    };

    public static string Outcome(CrawlRunOutcome outcome) => outcome switch
    {
        CrawlRunOutcome.Running => CrawlerAdminText.OutcomeRunning,
        CrawlRunOutcome.Succeeded => CrawlerAdminText.OutcomeSucceeded,
        CrawlRunOutcome.PartiallySucceeded => CrawlerAdminText.OutcomePartiallySucceeded,
        CrawlRunOutcome.Failed => CrawlerAdminText.OutcomeFailed,
        _ => CrawlerAdminText.OutcomeCancelled,
    };

    /// <summary>"23/11/2026 10:00", Paris time.</summary>
    public static string DateTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, ParisTime.Zone).ToString("dd/MM/yyyy HH:mm", French);

    /// <summary>"23 novembre 2026", Paris date.</summary>
    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, ParisTime.Zone).ToString("d MMMM yyyy", French);

    /// <summary>"11 sur 12", or "—" for a run recorded before fields were counted.</summary>
    public static string Share(int? count, int? total) =>
        count is { } part && total is { } all ? CrawlerAdminText.Format(CrawlerAdminText.ShareOf, part, all) : "—";

    public static string Duration(CrawlRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.EndedAt is { } ended
            ? CrawlerAdminText.Format(CrawlerAdminText.Seconds, Math.Max(0, (int)Math.Round((ended - run.StartedAt).TotalSeconds)))
            : "—";
    }
}
