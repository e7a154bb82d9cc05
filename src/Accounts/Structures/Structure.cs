namespace Plateforme.Accounts.Structures;

/// <summary>A partner structure responsible for one or more territories of the reference (e.g. Initiative Somme, "dep:80").</summary>
public sealed class Structure
{
    public Guid Id { get; set; }

    /// <summary>The public page's address part ("initiative-somme"); unique.</summary>
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public StructureKind Kind { get; set; }

    /// <summary>Its scope: "level:code" territories of the reference; whatever lies inside one of them is its own.</summary>
    public List<string> Territories { get; set; } = [];

    public string Description { get; set; } = "";

    /// <summary>Address, telephone or e-mail shown on the public page.</summary>
    public string Contact { get; set; } = "";

    /// <summary>An https address of the logo image, or empty.</summary>
    public string LogoUrl { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public List<StructureStaff> Staff { get; set; } = [];
}
