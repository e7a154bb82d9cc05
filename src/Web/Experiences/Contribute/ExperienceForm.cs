using System.Globalization;
using Plateforme.Experiences.Sheets;
using Plateforme.Search.Reference;
using Plateforme.Search.Text;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Experiences.Contribute;

/// <summary>The sheet editor's fields as posted; <see cref="ToInput"/> reads the place and the coordinates people type.</summary>
public sealed class ExperienceForm
{
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";

    /// <summary>A commune's name or INSEE code (« Amiens », « 80021 »), a territory code, or « France entière ».</summary>
    public string Place { get; set; } = "";

    public string? Neighbourhood { get; set; }

    /// <summary>« oui », « non » or empty (unknown).</summary>
    public string PriorityNeighbourhood { get; set; } = "";

    public string Latitude { get; set; } = "";
    public string Longitude { get; set; } = "";
    public Dictionary<string, bool> ThemeChoices { get; set; } = [];
    public string Innovation { get; set; } = "";
    public CarrierType Carrier { get; set; } = CarrierType.Association;
    public string CarrierName { get; set; } = "";
    public string LegalForm { get; set; } = "";
    public string Partners { get; set; } = "";
    public string Context { get; set; } = "";
    public string Objectives { get; set; } = "";
    public string Method { get; set; } = "";
    public string Implementation { get; set; } = "";
    public string MeansAndCosts { get; set; } = "";
    public string Results { get; set; } = "";
    public string PointsOfVigilance { get; set; } = "";
    public string KeyFactors { get; set; } = "";
    public string Period { get; set; } = "";
    public string Contacts { get; set; } = "";
    public bool ContactsPublic { get; set; }
    public string Links { get; set; } = "";
    public string ContributorStructure { get; set; } = "";
    public string Source { get; set; } = "";
    public bool Submit { get; set; }

    public static ExperienceForm From(Experience sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new ExperienceForm
        {
            Title = sheet.Title, Summary = sheet.Summary, Place = PlaceText(sheet.TerritoryCode), Neighbourhood = sheet.Neighbourhood,
            PriorityNeighbourhood = sheet.IsPriorityNeighbourhood switch { true => "oui", false => "non", _ => "" },
            Latitude = sheet.Latitude?.ToString(CultureInfo.InvariantCulture) ?? "", Longitude = sheet.Longitude?.ToString(CultureInfo.InvariantCulture) ?? "",
            ThemeChoices = sheet.ThemeSlugs.ToDictionary(t => t, _ => true), Innovation = sheet.Innovation is { } c ? ExperienceLabels.InnovationSlug(c) : "",
            Carrier = sheet.Carrier, CarrierName = sheet.CarrierName, LegalForm = sheet.LegalForm, Partners = sheet.Partners, Context = sheet.Context,
            Objectives = sheet.Objectives, Method = sheet.Method, Implementation = sheet.Implementation, MeansAndCosts = sheet.MeansAndCosts,
            Results = sheet.Results, PointsOfVigilance = sheet.PointsOfVigilance, KeyFactors = sheet.KeyFactors, Period = sheet.Period,
            Contacts = sheet.Contacts, ContactsPublic = sheet.ContactsPublic, Links = sheet.Links, ContributorStructure = sheet.ContributorStructure,
            Source = sheet.Source,
        };
    }

    /// <summary>The sheet's input, or the French problems of the place and coordinates as typed.</summary>
    public (ExperienceInput? Input, IReadOnlyList<string> Problems) ToInput()
    {
        var problems = new List<string>();
        var territory = ResolvePlace(Place);
        if (territory is null) problems.Add(ExperienceUi.ErrorPlace);
        var latitude = Coordinate(Latitude, problems);
        var longitude = Coordinate(Longitude, problems);
        if (problems.Count > 0) return (null, problems.Distinct().ToList());
        return (new ExperienceInput
        {
            Title = Text(Title), Summary = Text(Summary), TerritoryCode = territory!, Neighbourhood = Neighbourhood,
            IsPriorityNeighbourhood = (PriorityNeighbourhood ?? "") switch { "oui" => true, "non" => false, _ => null },
            Latitude = latitude, Longitude = longitude,
            Themes = (ThemeChoices ?? []).Where(c => c.Value).Select(c => c.Key).ToList(),
            Innovation = ExperienceLabels.InnovationFromSlug(Innovation ?? ""), Carrier = Carrier, CarrierName = Text(CarrierName), LegalForm = Text(LegalForm),
            Partners = Text(Partners), Context = Text(Context), Objectives = Text(Objectives), Method = Text(Method), Implementation = Text(Implementation),
            MeansAndCosts = Text(MeansAndCosts), Results = Text(Results), PointsOfVigilance = Text(PointsOfVigilance), KeyFactors = Text(KeyFactors), Period = Text(Period),
            Contacts = Text(Contacts), ContactsPublic = ContactsPublic, Links = Text(Links), ContributorStructure = Text(ContributorStructure), Source = Text(Source),
        }, []);
    }

    // Blazor binds an empty field as null, whatever the property's declaration says.
    private static string Text(string? value) => value ?? "";

    internal static string? ResolvePlace(string? text)
    {
        var typed = (text ?? "").Trim();
        if (typed.Length == 0) return null;
        if (FrenchFolding.Fold(typed) == FrenchFolding.Fold(ExperienceUi.PlaceNationalChoice)) return TerritoryCode.National.ToString();
        var directory = TerritoryDirectory.Default;
        if (TerritoryCode.TryParse(typed, out var code)) return directory.IsKnown(code) || code == TerritoryCode.National ? code.ToString() : null;
        if (typed.Length == 5 && typed.All(char.IsAsciiLetterOrDigit) && directory.IsKnown(new TerritoryCode(TerritoryLevel.Commune, typed.ToUpperInvariant())))
            return new TerritoryCode(TerritoryLevel.Commune, typed.ToUpperInvariant()).ToString();
        // « Saint-Denis (93066) », as the editor writes a saved place back: the code decides between namesakes.
        var open = typed.LastIndexOf('(');
        if (open > 0 && typed.EndsWith(')') && ResolvePlace(typed[(open + 1)..^1]) is { } inParentheses) return inParentheses;
        // « Amiens » or « Amiens (Somme) »: the commune whose name is exactly the one typed, the most populated first.
        var name = typed.Split('(')[0].Trim();
        return directory.Suggest(name, 20)
            .Where(t => t.Level == TerritoryLevel.Commune && FrenchFolding.Fold(t.Name) == FrenchFolding.Fold(name))
            .Select(t => t.Code.ToString()).FirstOrDefault();
    }

    private static string PlaceText(string code) =>
        TerritoryCode.TryParse(code, out var parsed) && parsed != TerritoryCode.National
            ? $"{TerritoryDirectory.Default.Label(parsed)} ({parsed.Code})"
            : ExperienceUi.PlaceNationalChoice;

    private static double? Coordinate(string? text, List<string> problems)
    {
        var typed = (text ?? "").Trim().Replace(',', '.');
        if (typed.Length == 0) return null;
        if (double.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        problems.Add(Plateforme.Experiences.Resources.ExperienceText.ErrorCoordinates);
        return null;
    }
}
