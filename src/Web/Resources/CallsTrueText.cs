using System.Globalization;
using System.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Resources;

/// <summary>
/// The French texts of calls kept true after publication: a funder's edits and closing, relays, several windows
/// (Resources/CallsTrueText.resx).
/// </summary>
public static class CallsTrueText
{
    private static readonly ResourceManager Resources = new("Plateforme.Web.Resources.CallsTrueText", typeof(CallsTrueText).Assembly);

    public static string PreDepositAfterDeadline => Get(nameof(PreDepositAfterDeadline));

    public static string SecondDeadlineRequired => Get(nameof(SecondDeadlineRequired));

    public static string SecondNeedsFirst => Get(nameof(SecondNeedsFirst));

    public static string SecondBeforeFirst => Get(nameof(SecondBeforeFirst));

    public static string SecondOpensInvalid => Get(nameof(SecondOpensInvalid));

    public static string PreDepositLabel => Get(nameof(PreDepositLabel));

    public static string SecondWindowTitle => Get(nameof(SecondWindowTitle));

    public static string SecondWindowHint => Get(nameof(SecondWindowHint));

    public static string SecondOpensLabel => Get(nameof(SecondOpensLabel));

    public static string SecondDeadlineLabel => Get(nameof(SecondDeadlineLabel));

    public static string DatesAppliedNotice => Get(nameof(DatesAppliedNotice));

    public static string SentForReviewNotice => Get(nameof(SentForReviewNotice));

    public static string DatesAndReviewNotice => Get(nameof(DatesAndReviewNotice));

    public static string NothingChangedNotice => Get(nameof(NothingChangedNotice));

    public static string ClosedNotice => Get(nameof(ClosedNotice));

    public static string ClosedOnNotice => Get(nameof(ClosedOnNotice));

    public static string PublishedEditHelp => Get(nameof(PublishedEditHelp));

    public static string AwaitingReview => Get(nameof(AwaitingReview));

    public static string SavePublishedButton => Get(nameof(SavePublishedButton));

    public static string CloseTitle => Get(nameof(CloseTitle));

    public static string CloseHelp => Get(nameof(CloseHelp));

    public static string CloseButton => Get(nameof(CloseButton));

    public static string ColumnActions => Get(nameof(ColumnActions));

    public static string ClosedShort => Get(nameof(ClosedShort));

    public static string ReopenLink => Get(nameof(ReopenLink));

    public static string EditLink => Get(nameof(EditLink));

    public static string CloseLink => Get(nameof(CloseLink));

    public static string OpenLink => Get(nameof(OpenLink));

    public static string PublishedCallsTitle => Get(nameof(PublishedCallsTitle));

    public static string PublishedCallsEmpty => Get(nameof(PublishedCallsEmpty));

    public static string PublishedCallsIntro => Get(nameof(PublishedCallsIntro));

    public static string ColumnOrganisation => Get(nameof(ColumnOrganisation));

    public static string ColumnDeadline => Get(nameof(ColumnDeadline));

    private static string Get(string name) => Resources.GetString(name, FrenchFormat.Culture) ?? throw new MissingManifestResourceException($"Missing French text '{name}'.");
}
