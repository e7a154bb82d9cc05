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

    /// <summary>Catalogue theme slugs the organisation works on (its profile, for « Appels pour mon association »).</summary>
    public List<string> Themes { get; set; } = [];

    public OrganisationSize Size { get; set; }

    /// <summary>Reconnue d'intérêt général (gifts to it are tax-deductible).</summary>
    public bool GeneralInterest { get; set; }

    public OrganisationProfile Profile => new(Kind, Territory, Themes, Size, GeneralInterest);

    public List<OrganisationMember> Members { get; set; } = [];
}
