using System.Globalization;
using System.Resources;

namespace Plateforme.Web.Structures;

/// <summary>The French texts of assigning a structure and of the dashboard's chart (StructureWorkText.resx beside this file).</summary>
public static class StructureWorkText
{
    private static readonly ResourceManager Resources = new("Plateforme.Web.Structures.StructureWorkText", typeof(StructureWorkText).Assembly);

    public static string AssignTitle => Get(nameof(AssignTitle));
    public static string AssignIntro => Get(nameof(AssignIntro));
    public static string CampaignLabel => Get(nameof(CampaignLabel));
    public static string PlaceLabel => Get(nameof(PlaceLabel));
    public static string StateLabel => Get(nameof(StateLabel));
    public static string CurrentLabel => Get(nameof(CurrentLabel));
    public static string NoneYet => Get(nameof(NoneYet));
    public static string StructureLabel => Get(nameof(StructureLabel));
    public static string AssignButton => Get(nameof(AssignButton));
    public static string Assigned => Get(nameof(Assigned));
    public static string AssignedNoCounsellor => Get(nameof(AssignedNoCounsellor));
    public static string NotAvailable => Get(nameof(NotAvailable));
    public static string Fixed => Get(nameof(Fixed));
    public static string NoCandidate => Get(nameof(NoCandidate));
    public static string OpenAccompaniment => Get(nameof(OpenAccompaniment));
    public static string BackToCampaign => Get(nameof(BackToCampaign));
    public static string AssignLink => Get(nameof(AssignLink));
    public static string WaitingTitle => Get(nameof(WaitingTitle));
    public static string WaitingIntro => Get(nameof(WaitingIntro));
    public static string WaitingNone => Get(nameof(WaitingNone));
    public static string TakeOn => Get(nameof(TakeOn));
    public static string ChartStatesTitle => Get(nameof(ChartStatesTitle));
    public static string ChartStatesDescription => Get(nameof(ChartStatesDescription));
    public static string ChartMoneyTitle => Get(nameof(ChartMoneyTitle));
    public static string ChartMoneyDescription => Get(nameof(ChartMoneyDescription));
    public static string SeriesCampaigns => Get(nameof(SeriesCampaigns));
    public static string SeriesCollected => Get(nameof(SeriesCollected));
    public static string SeriesRepaid => Get(nameof(SeriesRepaid));
    public static string MonthLabel => Get(nameof(MonthLabel));
    public static string ChartsTitle => Get(nameof(ChartsTitle));

    private static string Get(string name) => Resources.GetString(name, CultureInfo.GetCultureInfo("fr-FR")) ?? name;
}
