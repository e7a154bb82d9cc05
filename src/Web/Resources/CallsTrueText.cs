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

    public static string RelayFunderUnknown => Get(nameof(RelayFunderUnknown));

    public static string RelayStructureUnknown => Get(nameof(RelayStructureUnknown));

    public static string RelayProposedTooLong => Get(nameof(RelayProposedTooLong));

    public static string RelayFunderRequired => Get(nameof(RelayFunderRequired));

    public static string RelayLegend => Get(nameof(RelayLegend));

    public static string RelayOwn => Get(nameof(RelayOwn));

    public static string RelayOther => Get(nameof(RelayOther));

    public static string RelayHint => Get(nameof(RelayHint));

    public static string RelayFunderLabel => Get(nameof(RelayFunderLabel));

    public static string RelayProposedLabel => Get(nameof(RelayProposedLabel));

    public static string RelayProposedKindLabel => Get(nameof(RelayProposedKindLabel));

    public static string RelayStructureLabel => Get(nameof(RelayStructureLabel));

    public static string RelayNoStructure => Get(nameof(RelayNoStructure));

    public static string ClosedByFunder => Get(nameof(ClosedByFunder));

    public static string WindowsTitle => Get(nameof(WindowsTitle));

    public static string WindowNumber => Get(nameof(WindowNumber));

    public static string WindowPast => Get(nameof(WindowPast));

    public static string WindowCurrent => Get(nameof(WindowCurrent));

    public static string WindowComing => Get(nameof(WindowComing));

    public static string WindowFromTo => Get(nameof(WindowFromTo));

    public static string WindowUntil => Get(nameof(WindowUntil));

    public static string RelayedBy => Get(nameof(RelayedBy));

    public static string StructureRelayedTitle => Get(nameof(StructureRelayedTitle));

    public static string StructureRelayedEmpty => Get(nameof(StructureRelayedEmpty));

    public static string RelayedDeadline => Get(nameof(RelayedDeadline));

    public static string RelayedClosed => Get(nameof(RelayedClosed));

    public static string IcsPreDepositSummary => Get(nameof(IcsPreDepositSummary));

    public static string IcsPreDepositDescription => Get(nameof(IcsPreDepositDescription));

    public static string IcsWindowSummary => Get(nameof(IcsWindowSummary));

    public static string ActorSource => Get(nameof(ActorSource));

    public static string ActorOrganisation => Get(nameof(ActorOrganisation));

    /// <summary>A funder kind of the catalogue in French (« Fondation »); the slug itself when unknown.</summary>
    public static string FunderKind(string kind) => Resources.GetString("FunderKind_" + kind, FrenchFormat.Culture) ?? kind;

    private static string Get(string name) => Resources.GetString(name, FrenchFormat.Culture) ?? throw new MissingManifestResourceException($"Missing French text '{name}'.");
}
