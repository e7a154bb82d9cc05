using Plateforme.Search.Reference;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Associations;

/// <summary>What can be wrong with a submitted profile: short codes in the redirect's query, French messages on the page.</summary>
public static class ProfileProblems
{
    public const string Territory = "territoire";
    public const string Theme = "theme";
    public const string TooManyThemes = "themes";
    public const string Kind = "type";
    public const string Size = "taille";
    public const string Expired = "expire";

    /// <summary>An organisation acts in a commune, an EPCI, a département or a région.</summary>
    public static bool Allowed(TerritoryLevel level) =>
        level is TerritoryLevel.Commune or TerritoryLevel.Epci or TerritoryLevel.Departement or TerritoryLevel.Region;

    public static string? Message(string code) => code switch
    {
        Territory => AssociationText.TerritoryUnknown,
        Theme => AssociationText.ThemeUnknown,
        TooManyThemes => Plateforme.Accounts.Resources.AccountText.TooManyThemes,
        Kind => Plateforme.Accounts.Resources.AccountText.KindInvalid,
        Size => Plateforme.Accounts.Resources.AccountText.SizeInvalid,
        Expired => AssociationText.FormExpired,
        _ => null,
    };
}
