namespace Plateforme.Web.Opportunities.Workspace;

/// <summary>
/// What « Lancer une campagne de prêt solidaire » will pre-fill, shown before the team clicks: the goal taken from
/// the provisional budget (brought within the campaigns' limits, and said so), the category and the end date.
/// </summary>
public sealed record CampaignPlan(string Title, string Category, long GoalCents, GoalSource Source, DateOnly EndDate, int TermMonths);
