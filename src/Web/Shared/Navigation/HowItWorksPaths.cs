namespace Plateforme.Web.Shared.Navigation;

/// <summary>The « Comment ça marche » pages, linked from campaigns, the list, the carrier form and the home page.</summary>
public static class HowItWorksPaths
{
    public const string Lenders = "/prets/comment-ca-marche";
    public const string Carriers = "/prets/comment-ca-marche/porteurs";
}
