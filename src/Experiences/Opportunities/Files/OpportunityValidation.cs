using Plateforme.Search.Reference;

namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>The problems of a file's input, empty when it can be saved.</summary>
public static class OpportunityValidation
{
    /// <summary>Every free text is kept under this length (a page of a grid, not a book).</summary>
    public const int MaxTextLength = 8000;

    public static IReadOnlyList<OpportunityProblem> Problems(OpportunityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<OpportunityProblem>();
        if (string.IsNullOrWhiteSpace(input.Title)) problems.Add(OpportunityProblem.TitleMissing);
        else if (input.Title.Trim().Length > 200) problems.Add(OpportunityProblem.TitleTooLong);
        if (!Enum.IsDefined(input.Kind)) problems.Add(OpportunityProblem.KindUnknown);
        if (!TerritoryCode.TryParse(input.TerritoryCode, out var code) || !TerritoryDirectory.Default.IsKnown(code))
            problems.Add(OpportunityProblem.TerritoryUnknown);
        if (input.Themes.Any(t => !ThemeTaxonomy.Default.IsTheme(t))) problems.Add(OpportunityProblem.ThemeUnknown);
        if (input.BudgetCents is < 0) problems.Add(OpportunityProblem.BudgetNegative);
        string[] texts =
        [
            input.KindDetail, input.Description, input.MainInterest, input.Obstacles, input.PointsToWork, input.Neighbourhood,
            input.CarrierName, input.Exploration, input.Activities, input.Means, input.Partners, input.DecisionMakers,
            input.LocalKnowHow, input.AccompanimentNeeds,
        ];
        if (texts.Any(t => t.Length > MaxTextLength)) problems.Add(OpportunityProblem.TextTooLong);
        return problems;
    }
}
