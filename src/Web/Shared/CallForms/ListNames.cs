namespace Plateforme.Web.Shared.CallForms;

/// <summary>The names under which the form posts its checkboxes, one value per ticked box.</summary>
public static class ListNames
{
    public const string Themes = "theme";
    public const string Beneficiaries = "beneficiaire";
    public const string AidTypes = "aide";
    public const string Publics = "public";
}
