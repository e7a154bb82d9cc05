using System.Globalization;
using System.Resources;
using Plateforme.Accounts.Organisations;
using Plateforme.Alerts.Applications;

namespace Plateforme.Web.Resources;

/// <summary>The French texts of an organisation's profile, its matching calls and its applications (Resources/AssociationText.resx).</summary>
public static class AssociationText
{
    private static readonly ResourceManager Resources = new("Plateforme.Web.Resources.AssociationText", typeof(AssociationText).Assembly);

    public static string ReasonTerritory => Get(nameof(ReasonTerritory));

    public static string ReasonTheme => Get(nameof(ReasonTheme));

    public static string ReasonThemes => Get(nameof(ReasonThemes));

    public static string ListTitle => Get(nameof(ListTitle));

    public static string ListIntro => Get(nameof(ListIntro));

    public static string ListCountOne => Get(nameof(ListCountOne));

    public static string ListCountMany => Get(nameof(ListCountMany));

    public static string ListTruncated => Get(nameof(ListTruncated));

    public static string ListEmpty => Get(nameof(ListEmpty));

    public static string ProfileIncomplete => Get(nameof(ProfileIncomplete));

    public static string KindWithoutBeneficiary => Get(nameof(KindWithoutBeneficiary));

    public static string CompleteProfile => Get(nameof(CompleteProfile));

    public static string EditProfile => Get(nameof(EditProfile));

    public static string SeeInSearch => Get(nameof(SeeInSearch));

    public static string AlertTitle => Get(nameof(AlertTitle));

    public static string AlertIntro => Get(nameof(AlertIntro));

    public static string AlertButton => Get(nameof(AlertButton));

    public static string AlertCreated => Get(nameof(AlertCreated));

    public static string AlertDescription => Get(nameof(AlertDescription));

    public static string AlertTooMany => Get(nameof(AlertTooMany));

    public static string SaveButton => Get(nameof(SaveButton));

    public static string SaveButtonLabel => Get(nameof(SaveButtonLabel));

    public static string Saved => Get(nameof(Saved));

    public static string SavedNotice => Get(nameof(SavedNotice));

    public static string Deadline => Get(nameof(Deadline));

    public static string NoDeadline => Get(nameof(NoDeadline));

    public static string Opens => Get(nameof(Opens));

    public static string Funders => Get(nameof(Funders));

    public static string WhyItFits => Get(nameof(WhyItFits));

    public static string ProfileTitle => Get(nameof(ProfileTitle));

    public static string ProfileIntro => Get(nameof(ProfileIntro));

    public static string KindLabel => Get(nameof(KindLabel));

    public static string TerritoryLabel => Get(nameof(TerritoryLabel));

    public static string TerritoryHint => Get(nameof(TerritoryHint));

    public static string ThemesLegend => Get(nameof(ThemesLegend));

    public static string SizeLabel => Get(nameof(SizeLabel));

    public static string GeneralInterestLabel => Get(nameof(GeneralInterestLabel));

    public static string GeneralInterestYes => Get(nameof(GeneralInterestYes));

    public static string GeneralInterestNo => Get(nameof(GeneralInterestNo));

    public static string SaveProfile => Get(nameof(SaveProfile));

    public static string ProfileSaved => Get(nameof(ProfileSaved));

    public static string ProfileErrors => Get(nameof(ProfileErrors));

    public static string TerritoryUnknown => Get(nameof(TerritoryUnknown));

    public static string ThemeUnknown => Get(nameof(ThemeUnknown));

    public static string FormExpired => Get(nameof(FormExpired));

    public static string SeeMatchingCalls => Get(nameof(SeeMatchingCalls));

    public static string BackToOrganisation => Get(nameof(BackToOrganisation));

    public static string PipelineTitle => Get(nameof(PipelineTitle));

    public static string PipelineIntro => Get(nameof(PipelineIntro));

    public static string PipelineEmpty => Get(nameof(PipelineEmpty));

    public static string ObtainedThisYear => Get(nameof(ObtainedThisYear));

    public static string StatusLabel => Get(nameof(StatusLabel));

    public static string NotesLabel => Get(nameof(NotesLabel));

    public static string AmountLabel => Get(nameof(AmountLabel));

    public static string AmountHint => Get(nameof(AmountHint));

    public static string AmountInvalid => Get(nameof(AmountInvalid));

    public static string UpdateButton => Get(nameof(UpdateButton));

    public static string RemoveButton => Get(nameof(RemoveButton));

    public static string ApplicationSaved => Get(nameof(ApplicationSaved));

    public static string ApplicationRemoved => Get(nameof(ApplicationRemoved));

    public static string ApplicationErrors => Get(nameof(ApplicationErrors));

    public static string PipelineSummary => Get(nameof(PipelineSummary));

    public static string SeePipeline => Get(nameof(SeePipeline));

    public static string HomeTitle => Get(nameof(HomeTitle));

    public static string HomeLink => Get(nameof(HomeLink));

    public static string ProfileSummary => Get(nameof(ProfileSummary));

    public static string ThemesLabel => Get(nameof(ThemesLabel));

    public static string NoThemes => Get(nameof(NoThemes));

    public static string MemberSpaceTitle => Get(nameof(MemberSpaceTitle));

    public static string MemberSpaceNone => Get(nameof(MemberSpaceNone));

    public static string MemberSpaceCreate => Get(nameof(MemberSpaceCreate));

    /// <summary>« Ouvert aux associations », by beneficiary slug.</summary>
    public static string OpenTo(string beneficiary) => Resources.GetString("OpenTo_" + beneficiary, CultureInfo.GetCultureInfo("fr-FR")) ?? beneficiary;

    public static string Size(OrganisationSize size) => Get("Size_" + size);

    public static string Status(ApplicationStatus status) => Get("Status_" + status);

    private static string Get(string name) =>
        Resources.GetString(name, CultureInfo.GetCultureInfo("fr-FR")) ?? throw new InvalidOperationException($"Missing French text {name}.");
}
