using Plateforme.Experiences.Sheets;

namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>What a team writes into a file: both steps of the grid (its status is changed on its own).</summary>
public sealed record OpportunityInput
{
    public string Title { get; init; } = "";
    public OpportunityKind Kind { get; init; }
    public string KindDetail { get; init; } = "";
    public IReadOnlyList<SpottingMethod> SpottedBy { get; init; } = [];
    public string Description { get; init; } = "";
    public string MainInterest { get; init; } = "";
    public string Obstacles { get; init; } = "";
    public IReadOnlyList<CollectivityRole> CollectivityRoles { get; init; } = [];
    public CarryingMode? CarryingMode { get; init; }
    public string PointsToWork { get; init; } = "";
    public IReadOnlyList<string> Themes { get; init; } = [];
    public string TerritoryCode { get; init; } = "";
    public string Neighbourhood { get; init; } = "";
    public CarrierType? Carrier { get; init; }
    public string CarrierName { get; init; } = "";
    public string Exploration { get; init; } = "";
    public string Activities { get; init; } = "";
    public string Means { get; init; } = "";
    public string Partners { get; init; } = "";
    public long? BudgetCents { get; init; }
    public string DecisionMakers { get; init; } = "";
    public string LocalKnowHow { get; init; } = "";
    public string AccompanimentNeeds { get; init; } = "";

    public static OpportunityInput From(Opportunity file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new OpportunityInput
        {
            Title = file.Title, Kind = file.Kind, KindDetail = file.KindDetail, SpottedBy = file.SpottingMethods,
            Description = file.Description, MainInterest = file.MainInterest, Obstacles = file.Obstacles,
            CollectivityRoles = file.Roles, CarryingMode = file.CarryingMode, PointsToWork = file.PointsToWork,
            Themes = file.ThemeSlugs, TerritoryCode = file.TerritoryCode, Neighbourhood = file.Neighbourhood,
            Carrier = file.Carrier, CarrierName = file.CarrierName, Exploration = file.Exploration, Activities = file.Activities,
            Means = file.Means, Partners = file.Partners, BudgetCents = file.BudgetCents, DecisionMakers = file.DecisionMakers,
            LocalKnowHow = file.LocalKnowHow, AccompanimentNeeds = file.AccompanimentNeeds,
        };
    }

    /// <summary>The names of the fields that differ from another version (the history says what changed).</summary>
    public IReadOnlyList<string> ChangedFrom(OpportunityInput before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var changed = new List<string>();
        void Compare<T>(string name, T now, T then)
        {
            if (!EqualityComparer<T>.Default.Equals(now, then)) changed.Add(name);
        }
        void CompareList<T>(string name, IReadOnlyList<T> now, IReadOnlyList<T> then)
        {
            if (!now.Order().SequenceEqual(then.Order())) changed.Add(name);
        }
        Compare(nameof(Title), Title, before.Title);
        Compare(nameof(Kind), Kind, before.Kind);
        Compare(nameof(KindDetail), KindDetail, before.KindDetail);
        CompareList(nameof(SpottedBy), SpottedBy, before.SpottedBy);
        Compare(nameof(Description), Description, before.Description);
        Compare(nameof(MainInterest), MainInterest, before.MainInterest);
        Compare(nameof(Obstacles), Obstacles, before.Obstacles);
        CompareList(nameof(CollectivityRoles), CollectivityRoles, before.CollectivityRoles);
        Compare(nameof(CarryingMode), CarryingMode, before.CarryingMode);
        Compare(nameof(PointsToWork), PointsToWork, before.PointsToWork);
        CompareList(nameof(Themes), Themes, before.Themes);
        Compare(nameof(TerritoryCode), TerritoryCode, before.TerritoryCode);
        Compare(nameof(Neighbourhood), Neighbourhood, before.Neighbourhood);
        Compare(nameof(Carrier), Carrier, before.Carrier);
        Compare(nameof(CarrierName), CarrierName, before.CarrierName);
        Compare(nameof(Exploration), Exploration, before.Exploration);
        Compare(nameof(Activities), Activities, before.Activities);
        Compare(nameof(Means), Means, before.Means);
        Compare(nameof(Partners), Partners, before.Partners);
        Compare(nameof(BudgetCents), BudgetCents, before.BudgetCents);
        Compare(nameof(DecisionMakers), DecisionMakers, before.DecisionMakers);
        Compare(nameof(LocalKnowHow), LocalKnowHow, before.LocalKnowHow);
        Compare(nameof(AccompanimentNeeds), AccompanimentNeeds, before.AccompanimentNeeds);
        return changed;
    }

    internal OpportunityInput Normalised() => this with
    {
        Title = Title.Trim(), KindDetail = KindDetail.Trim(), Description = Description.Trim(), MainInterest = MainInterest.Trim(),
        Obstacles = Obstacles.Trim(), PointsToWork = PointsToWork.Trim(), TerritoryCode = TerritoryCode.Trim(),
        Neighbourhood = Neighbourhood.Trim(), CarrierName = CarrierName.Trim(), Exploration = Exploration.Trim(),
        Activities = Activities.Trim(), Means = Means.Trim(), Partners = Partners.Trim(), DecisionMakers = DecisionMakers.Trim(),
        LocalKnowHow = LocalKnowHow.Trim(), AccompanimentNeeds = AccompanimentNeeds.Trim(),
        SpottedBy = SpottedBy.Distinct().ToList(), CollectivityRoles = CollectivityRoles.Distinct().ToList(),
        Themes = Themes.Distinct(StringComparer.Ordinal).ToList(),
    };

    internal void ApplyTo(Opportunity file)
    {
        file.Title = Title;
        file.Kind = Kind;
        file.KindDetail = KindDetail;
        file.SpottedBy = string.Join(',', SpottedBy);
        file.Description = Description;
        file.MainInterest = MainInterest;
        file.Obstacles = Obstacles;
        file.CollectivityRoles = string.Join(',', CollectivityRoles);
        file.CarryingMode = CarryingMode;
        file.PointsToWork = PointsToWork;
        file.Themes = string.Join(',', Themes);
        file.TerritoryCode = TerritoryCode;
        file.Neighbourhood = Neighbourhood;
        file.Carrier = Carrier;
        file.CarrierName = CarrierName;
        file.Exploration = Exploration;
        file.Activities = Activities;
        file.Means = Means;
        file.Partners = Partners;
        file.BudgetCents = BudgetCents;
        file.DecisionMakers = DecisionMakers;
        file.LocalKnowHow = LocalKnowHow;
        file.AccompanimentNeeds = AccompanimentNeeds;
    }
}
