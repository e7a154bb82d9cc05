using System.Globalization;
using System.Resources;

namespace Plateforme.Web.Shared.Structures;

/// <summary>The French texts of the e-mail to a structure's conseillers (AccompanimentNoticeText.resx beside this file).</summary>
public static class AccompanimentNoticeText
{
    private static readonly ResourceManager Resources = new("Plateforme.Web.Shared.Structures.AccompanimentNoticeText", typeof(AccompanimentNoticeText).Assembly);

    /// <summary>{0} the campaign's title.</summary>
    public static string Subject => Get(nameof(Subject));

    /// <summary>{0} the structure, {1} the campaign's title, {2} the place.</summary>
    public static string Body => Get(nameof(Body));

    public static string Action => Get(nameof(Action));

    /// <summary>The moderators' link to the page that assigns the structure.</summary>
    public static string AssignLink => Get(nameof(AssignLink));

    private static string Get(string name) => Resources.GetString(name, CultureInfo.GetCultureInfo("fr-FR")) ?? name;
}
