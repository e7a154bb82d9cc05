namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>Why a file cannot be saved as given (the pages say each in French).</summary>
public enum OpportunityProblem
{
    TitleMissing,
    TitleTooLong,
    TerritoryUnknown,
    ThemeUnknown,
    BudgetNegative,
    TextTooLong,
    KindUnknown,
}
