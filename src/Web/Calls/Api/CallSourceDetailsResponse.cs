namespace Plateforme.Web.Calls.Api;

/// <summary>What a structured source (aides-territoires) says of a call beyond the common fields.</summary>
public sealed record CallSourceDetailsResponse
{
    /// <summary>Programmes by name, as the source gave them; filter with <c>programme=</c> and the slug of <see cref="Search.Reference.ProgrammeSlugs"/>.</summary>
    public required IReadOnlyList<ProgrammeResponse> Programmes { get; init; }

    /// <summary>Deadline of a compulsory pre-deposit, yyyy-MM-dd.</summary>
    public DateOnly? PreDepositOn { get; init; }

    /// <summary>True when the applicant pays for the support; null when the source does not say.</summary>
    public bool? IsCharged { get; init; }

    /// <summary>"europeenne", "sectorielle" or "structurelle"; null when not a European aid.</summary>
    public string? EuropeanAid { get; init; }

    /// <summary>The scale of the perimeter in French (« Département »).</summary>
    public string? PerimeterScale { get; init; }

    /// <summary>Sanitised HTML of the contact details, when the source gives them as HTML.</summary>
    public string? ContactHtml { get; init; }

    /// <summary>Sanitised HTML of the project examples, when the source gives them as HTML.</summary>
    public string? ProjectExamplesHtml { get; init; }

    /// <summary>When the source last changed the call.</summary>
    public DateTimeOffset? SourceUpdatedAt { get; init; }

    /// <summary>The mention, licence and origin of data the source imported from someone else.</summary>
    public string? AttributionMention { get; init; }
    public string? AttributionLicence { get; init; }
    public string? AttributionUrl { get; init; }
}
