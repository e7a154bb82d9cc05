using System.Globalization;
using System.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Resources;

/// <summary>The French texts of the crawler's admin pages, its API problems and the dead-link notice (Resources/CrawlerAdminText.resx).</summary>
public static class CrawlerAdminText
{
    private static readonly ResourceManager Resources = new("Plateforme.Web.Resources.CrawlerAdminText", typeof(CrawlerAdminText).Assembly);

    public static string AdminTitle => Get(nameof(AdminTitle));

    public static string AdminIntro => Get(nameof(AdminIntro));

    public static string NavLink => Get(nameof(NavLink));

    public static string ColumnSource => Get(nameof(ColumnSource));

    public static string ColumnHealth => Get(nameof(ColumnHealth));

    public static string ColumnLastRun => Get(nameof(ColumnLastRun));

    public static string ColumnPages => Get(nameof(ColumnPages));

    public static string ColumnNotModified => Get(nameof(ColumnNotModified));

    public static string ColumnFound => Get(nameof(ColumnFound));

    public static string ColumnNew => Get(nameof(ColumnNew));

    public static string ColumnUpdated => Get(nameof(ColumnUpdated));

    public static string ColumnUnchanged => Get(nameof(ColumnUnchanged));

    public static string ColumnWithdrawn => Get(nameof(ColumnWithdrawn));

    public static string ColumnPending => Get(nameof(ColumnPending));

    public static string ColumnDeadLinks => Get(nameof(ColumnDeadLinks));

    public static string ColumnErrors => Get(nameof(ColumnErrors));

    public static string ColumnOutcome => Get(nameof(ColumnOutcome));

    public static string ColumnStarted => Get(nameof(ColumnStarted));

    public static string ColumnDuration => Get(nameof(ColumnDuration));

    public static string ColumnAction => Get(nameof(ColumnAction));

    public static string NeverRun => Get(nameof(NeverRun));

    public static string RunNow => Get(nameof(RunNow));

    public static string RunNowFor => Get(nameof(RunNowFor));

    public static string Running => Get(nameof(Running));

    public static string RunStarted => Get(nameof(RunStarted));

    public static string AlreadyRunning => Get(nameof(AlreadyRunning));

    public static string UnknownSource => Get(nameof(UnknownSource));

    public static string Disabled => Get(nameof(Disabled));

    public static string Schedule => Get(nameof(Schedule));

    public static string Kind => Get(nameof(Kind));

    public static string EntryUrls => Get(nameof(EntryUrls));

    public static string Licence => Get(nameof(Licence));

    public static string Revision => Get(nameof(Revision));

    public static string History => Get(nameof(History));

    public static string NoRuns => Get(nameof(NoRuns));

    public static string LastRunTitle => Get(nameof(LastRunTitle));

    public static string ErrorSamples => Get(nameof(ErrorSamples));

    public static string NoErrors => Get(nameof(NoErrors));

    public static string DeadLinksTitle => Get(nameof(DeadLinksTitle));

    public static string NoDeadLinks => Get(nameof(NoDeadLinks));

    public static string DeadSince => Get(nameof(DeadSince));

    public static string BackToList => Get(nameof(BackToList));

    public static string Details => Get(nameof(Details));

    public static string Seconds => Get(nameof(Seconds));

    public static string OutcomeRunning => Get(nameof(OutcomeRunning));

    public static string OutcomeSucceeded => Get(nameof(OutcomeSucceeded));

    public static string OutcomePartiallySucceeded => Get(nameof(OutcomePartiallySucceeded));

    public static string OutcomeFailed => Get(nameof(OutcomeFailed));

    public static string OutcomeCancelled => Get(nameof(OutcomeCancelled));

    public static string Complete => Get(nameof(Complete));

    public static string Incomplete => Get(nameof(Incomplete));

    public static string HealthOk => Get(nameof(HealthOk));

    public static string HealthNeverRun => Get(nameof(HealthNeverRun));

    public static string HealthDisabled => Get(nameof(HealthDisabled));

    public static string HealthDecliningYield => Get(nameof(HealthDecliningYield));

    public static string HealthFailing => Get(nameof(HealthFailing));

    public static string HealthMissingFields => Get(nameof(HealthMissingFields));

    public static string MissingFieldsHelp => Get(nameof(MissingFieldsHelp));

    public static string ColumnWithDeadline => Get(nameof(ColumnWithDeadline));

    public static string ColumnWithAmount => Get(nameof(ColumnWithAmount));

    public static string ShareOf => Get(nameof(ShareOf));

    public static string DeadLinkNotice => Get(nameof(DeadLinkNotice));

    public static string ProblemUnknownSourceTitle => Get(nameof(ProblemUnknownSourceTitle));

    public static string ProblemUnauthorizedTitle => Get(nameof(ProblemUnauthorizedTitle));

    public static string ProblemUnauthorizedDetail => Get(nameof(ProblemUnauthorizedDetail));

    public static string ProblemForbiddenTitle => Get(nameof(ProblemForbiddenTitle));

    public static string ProblemForbiddenDetail => Get(nameof(ProblemForbiddenDetail));

    public static string ProblemAlreadyRunningTitle => Get(nameof(ProblemAlreadyRunningTitle));

    /// <summary>A text with its placeholders filled, in French formats.</summary>
    public static string Format(string text, params object?[] values) => string.Format(FrenchFormat.Culture, text, values);

    private static string Get(string name) => Resources.GetString(name, CultureInfo.InvariantCulture) ?? name;
}
