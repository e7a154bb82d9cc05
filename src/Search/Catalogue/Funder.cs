namespace Plateforme.Search.Catalogue;

/// <summary>An organisation that funds calls (a région, a foundation, a State agency…).</summary>
public sealed class Funder
{
    public required string Slug { get; set; }
    public required string Name { get; set; }

    /// <summary>"etat", "region", "departement", "commune", "epci", "europe", "fondation", "entreprise", "association", "autre".</summary>
    public required string Kind { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }

    /// <summary>Where the funder acts, as "level:code".</summary>
    public string? Territory { get; set; }

    /// <summary>Proposed by a relay with its call, not yet accepted by a moderator: out of the reference list until then.</summary>
    public bool IsProposed { get; set; }
}
