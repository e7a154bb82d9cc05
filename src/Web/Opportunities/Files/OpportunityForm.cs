using Plateforme.Experiences.Opportunities.Files;
using Plateforme.Experiences.Sheets;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Forms;

namespace Plateforme.Web.Opportunities.Files;

/// <summary>The file's form as posted: plain strings and check boxes, read into an <see cref="OpportunityInput"/> with French problems.</summary>
public sealed class OpportunityForm
{
    public string Team { get; set; } = "";
    public string Title { get; set; } = "";
    public string Kind { get; set; } = "";
    public string KindDetail { get; set; } = "";
    public Dictionary<string, bool> Spotting { get; set; } = [];
    public string Description { get; set; } = "";
    public string MainInterest { get; set; } = "";
    public string Obstacles { get; set; } = "";
    public Dictionary<string, bool> Roles { get; set; } = [];
    public string Carrying { get; set; } = "";
    public string PointsToWork { get; set; } = "";
    public Dictionary<string, bool> Themes { get; set; } = [];
    public string Place { get; set; } = "";
    public string PlaceCode { get; set; } = "";
    public string Neighbourhood { get; set; } = "";
    public string Carrier { get; set; } = "";
    public string CarrierName { get; set; } = "";
    public string Exploration { get; set; } = "";
    public string Activities { get; set; } = "";
    public string Means { get; set; } = "";
    public string Partners { get; set; } = "";
    public string Budget { get; set; } = "";
    public string DecisionMakers { get; set; } = "";
    public string LocalKnowHow { get; set; } = "";
    public string AccompanimentNeeds { get; set; } = "";

    /// <summary>Unticked boxes are not posted: a group with none ticked binds as null, read here as « none ».</summary>
    public void FillMissing()
    {
        if (Spotting is null) Spotting = [];
        if (Roles is null) Roles = [];
        if (Themes is null) Themes = [];
    }

    public static OpportunityForm From(Opportunity file, TerritoryDirectory territories)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new OpportunityForm
        {
            Title = file.Title, Kind = file.Kind.ToString(), KindDetail = file.KindDetail,
            Spotting = file.SpottingMethods.ToDictionary(m => m.ToString(), _ => true),
            Description = file.Description, MainInterest = file.MainInterest, Obstacles = file.Obstacles,
            Roles = file.Roles.ToDictionary(r => r.ToString(), _ => true), Carrying = file.CarryingMode?.ToString() ?? "",
            PointsToWork = file.PointsToWork, Themes = file.ThemeSlugs.ToDictionary(t => t, _ => true),
            Place = OpportunityPlace.Text(territories, file.TerritoryCode), PlaceCode = file.TerritoryCode, Neighbourhood = file.Neighbourhood,
            Carrier = file.Carrier?.ToString() ?? "", CarrierName = file.CarrierName, Exploration = file.Exploration,
            Activities = file.Activities, Means = file.Means, Partners = file.Partners,
            Budget = file.BudgetCents is { } cents ? EuroAmount.ToInput(cents) : "", DecisionMakers = file.DecisionMakers,
            LocalKnowHow = file.LocalKnowHow, AccompanimentNeeds = file.AccompanimentNeeds,
        };
    }

    /// <summary>The input, or the French problems of the form (with the places to choose from when the place is ambiguous).</summary>
    public (OpportunityInput? Input, List<string> Problems, IReadOnlyList<Territory> Candidates) Read(TerritoryDirectory territories)
    {
        FillMissing();
        // An empty text box binds as null: every text reads as "" from here on.
        foreach (var property in typeof(OpportunityForm).GetProperties().Where(p => p.PropertyType == typeof(string)))
            property.SetValue(this, property.GetValue(this) ?? "");
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Title)) problems.Add(OpportunityUi.ErrorTitleMissing);
        if (!Enum.TryParse<OpportunityKind>(Kind, out var kind) || !Enum.IsDefined(kind)) problems.Add(OpportunityUi.ErrorKind);
        var place = OpportunityPlace.Resolve(territories, Place, PlaceCode);
        if (place.Code is null)
        {
            problems.Add(string.IsNullOrWhiteSpace(Place) ? OpportunityUi.ErrorPlaceMissing
                : place.Candidates.Count == 0 ? OpportunityUi.ErrorPlaceUnknown : OpportunityUi.ErrorPlaceAmbiguous);
        }
        else
        {
            PlaceCode = place.Code;
            Place = OpportunityPlace.Text(territories, place.Code);
        }
        long? budget = null;
        if (!string.IsNullOrWhiteSpace(Budget))
        {
            if (EuroAmount.TryParseCents(Budget, out var cents)) budget = cents;
            else problems.Add(OpportunityUi.ErrorBudget);
        }
        CarryingMode? carrying = Enum.TryParse<CarryingMode>(Carrying, out var mode) && Enum.IsDefined(mode) ? mode : null;
        CarrierType? carrier = Enum.TryParse<CarrierType>(Carrier, out var type) && Enum.IsDefined(type) ? type : null;
        if (problems.Count > 0) return (null, problems, place.Candidates);
        return (new OpportunityInput
        {
            Title = Title, Kind = kind, KindDetail = KindDetail, Description = Description, MainInterest = MainInterest,
            SpottedBy = Chosen<SpottingMethod>(Spotting), Obstacles = Obstacles, CollectivityRoles = Chosen<CollectivityRole>(Roles),
            CarryingMode = carrying, PointsToWork = PointsToWork,
            Themes = Themes.Where(t => t.Value && ThemeTaxonomy.Default.IsTheme(t.Key)).Select(t => t.Key).ToList(),
            TerritoryCode = place.Code!, Neighbourhood = Neighbourhood, Carrier = carrier, CarrierName = CarrierName,
            Exploration = Exploration, Activities = Activities, Means = Means, Partners = Partners, BudgetCents = budget,
            DecisionMakers = DecisionMakers, LocalKnowHow = LocalKnowHow, AccompanimentNeeds = AccompanimentNeeds,
        }, problems, []);
    }

    private static List<T> Chosen<T>(Dictionary<string, bool> boxes) where T : struct, Enum =>
        boxes.Where(b => b.Value).Select(b => Enum.TryParse<T>(b.Key, out var value) && Enum.IsDefined(value) ? value : (T?)null).OfType<T>().ToList();
}
