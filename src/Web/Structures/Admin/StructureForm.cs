using Plateforme.Accounts.Structures;

namespace Plateforme.Web.Structures.Admin;

/// <summary>The creation form; territories are "level:code" separated by commas or spaces ("dep:80, dep:60").</summary>
public sealed class StructureForm
{
    public string Name { get; set; } = "";

    public StructureKind Kind { get; set; } = StructureKind.InitiativePlatform;

    public string Territories { get; set; } = "";

    public string Description { get; set; } = "";

    public string Contact { get; set; } = "";

    public string LogoUrl { get; set; } = "";
}
