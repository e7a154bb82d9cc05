using System.Globalization;
using System.Resources;

namespace Plateforme.Web.Admin.Sources.Alarms;

/// <summary>The French texts of the source-health alarms and of a source's owner (SourceAlarmText.resx beside this file).</summary>
public static class SourceAlarmText
{
    private static readonly ResourceManager Resources = new("Plateforme.Web.Admin.Sources.Alarms.SourceAlarmText", typeof(SourceAlarmText).Assembly);

    /// <summary>{0} the state's label, {1} the source's name.</summary>
    public static string Subject => Get(nameof(Subject));

    /// <summary>{0} the source, {1} the state's label, {2} the date, {3} the reason.</summary>
    public static string Body => Get(nameof(Body));

    /// <summary>{0} the structure's name.</summary>
    public static string OwnerBody => Get(nameof(OwnerBody));

    public static string ErrorsIntro => Get(nameof(ErrorsIntro));
    public static string NoErrors => Get(nameof(NoErrors));
    public static string AdminAction => Get(nameof(AdminAction));
    public static string OwnerAction => Get(nameof(OwnerAction));
    public static string OwnerTitle => Get(nameof(OwnerTitle));
    public static string OwnerHint => Get(nameof(OwnerHint));
    public static string OwnerLabel => Get(nameof(OwnerLabel));
    public static string OwnerNone => Get(nameof(OwnerNone));
    public static string OwnerButton => Get(nameof(OwnerButton));
    public static string OwnerSaved => Get(nameof(OwnerSaved));
    public static string OwnerUnknown => Get(nameof(OwnerUnknown));

    private static string Get(string name) => Resources.GetString(name, CultureInfo.GetCultureInfo("fr-FR")) ?? name;
}
