namespace Plateforme.Experiences.Sheets;

/// <summary>What a contributor types into a sheet (everything but its state and bookkeeping).</summary>
public sealed record ExperienceInput
{
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string TerritoryCode { get; init; } = "";
    public string? Neighbourhood { get; init; }
    public bool? IsPriorityNeighbourhood { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
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
    public bool ContactsPublic { get; init; }
    public string Links { get; init; } = "";
    public string ContributorStructure { get; init; } = "";
    public string Source { get; init; } = "";

    public static ExperienceInput From(Experience sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new ExperienceInput
        {
            Title = sheet.Title, Summary = sheet.Summary, TerritoryCode = sheet.TerritoryCode, Neighbourhood = sheet.Neighbourhood,
            IsPriorityNeighbourhood = sheet.IsPriorityNeighbourhood, Latitude = sheet.Latitude, Longitude = sheet.Longitude,
            Themes = sheet.ThemeSlugs, Innovation = sheet.Innovation, Carrier = sheet.Carrier, CarrierName = sheet.CarrierName,
            LegalForm = sheet.LegalForm, Partners = sheet.Partners, Context = sheet.Context, Objectives = sheet.Objectives,
            Method = sheet.Method, Implementation = sheet.Implementation, MeansAndCosts = sheet.MeansAndCosts, Results = sheet.Results,
            PointsOfVigilance = sheet.PointsOfVigilance, KeyFactors = sheet.KeyFactors, Period = sheet.Period, Contacts = sheet.Contacts,
            ContactsPublic = sheet.ContactsPublic, Links = sheet.Links, ContributorStructure = sheet.ContributorStructure, Source = sheet.Source,
        };
    }

    internal void ApplyTo(Experience sheet)
    {
        sheet.Title = Title.Trim();
        sheet.Summary = Summary.Trim();
        sheet.TerritoryCode = TerritoryCode.Trim();
        sheet.Neighbourhood = string.IsNullOrWhiteSpace(Neighbourhood) ? null : Neighbourhood.Trim();
        sheet.IsPriorityNeighbourhood = IsPriorityNeighbourhood;
        sheet.Latitude = Latitude;
        sheet.Longitude = Longitude;
        sheet.Themes = string.Join(',', Themes.Distinct(StringComparer.Ordinal));
        sheet.Innovation = Innovation;
        sheet.Carrier = Carrier;
        sheet.CarrierName = CarrierName.Trim();
        sheet.LegalForm = LegalForm.Trim();
        sheet.Partners = Partners.Trim();
        sheet.Context = Context.Trim();
        sheet.Objectives = Objectives.Trim();
        sheet.Method = Method.Trim();
        sheet.Implementation = Implementation.Trim();
        sheet.MeansAndCosts = MeansAndCosts.Trim();
        sheet.Results = Results.Trim();
        sheet.PointsOfVigilance = PointsOfVigilance.Trim();
        sheet.KeyFactors = KeyFactors.Trim();
        sheet.Period = Period.Trim();
        sheet.Contacts = Contacts.Trim();
        sheet.ContactsPublic = ContactsPublic;
        sheet.Links = Links.Trim();
        sheet.ContributorStructure = ContributorStructure.Trim();
        sheet.Source = Source.Trim();
    }
}
