namespace Plateforme.Accounts.Organisations;

/// <summary>An association, local authority, foundation or company, identified by its RNA or SIRET number.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public OrganisationKind Kind { get; set; }

    /// <summary>Normalised RNA ("W" + 9 digits) or SIRET (14 digits); unique.</summary>
    public string Identifier { get; set; } = "";

    public string Address { get; set; } = "";

    /// <summary>"level:code", as in the catalogue's territories (e.g. "dep:93").</summary>
    public string Territory { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public List<OrganisationMember> Members { get; set; } = [];
}
