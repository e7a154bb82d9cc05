using System.Text.Json.Serialization;
using Plateforme.Experiences.Sheets;

namespace Plateforme.Experiences.Seeding;

/// <summary>One reference sheet as written in Seeding/Data/experiences.json.</summary>
internal sealed record SeedSheet
{
    public required string Key { get; init; }
    public required string Source { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Territory { get; init; }
    public string? Neighbourhood { get; init; }
    public bool? Qpv { get; init; }
    public required IReadOnlyList<string> Themes { get; init; }
    public InnovationCategory? Innovation { get; init; }
    public CarrierType Carrier { get; init; }
    public string CarrierName { get; init; } = "";
    public string LegalForm { get; init; } = "";
    public string Partners { get; init; } = "";
    public string Context { get; init; } = "";
    public string Objectives { get; init; } = "";
    public string Method { get; init; } = "";
    public string Implementation { get; init; } = "";
    public string MeansAndCosts { get; init; } = "";
    public string Results { get; init; } = "";
    public string PointsOfVigilance { get; init; } = "";
    public string KeyFactors { get; init; } = "";
    public string Period { get; init; } = "";
    public string Contacts { get; init; } = "";
    public string Contributor { get; init; } = "";
    public string Links { get; init; } = "";

    public ExperienceInput ToInput(SeedSource source) => new()
    {
        Title = Title, Summary = Summary, TerritoryCode = Territory, Neighbourhood = Neighbourhood, IsPriorityNeighbourhood = Qpv,
        Themes = Themes, Innovation = Innovation, Carrier = Carrier, CarrierName = CarrierName, LegalForm = LegalForm, Partners = Partners,
        Context = Context, Objectives = Objectives, Method = Method, Implementation = Implementation, MeansAndCosts = MeansAndCosts,
        Results = Results, PointsOfVigilance = PointsOfVigilance, KeyFactors = KeyFactors, Period = Period, Contacts = Contacts,
        // The people named in a printed document did not consent to a searchable web page: their structure stays the contact.
        ContactsPublic = false,
        Links = Links, ContributorStructure = Contributor, Source = source.Citation,
    };
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<SeedSheet>))]
internal sealed partial class SeedSheetJsonContext : JsonSerializerContext;
