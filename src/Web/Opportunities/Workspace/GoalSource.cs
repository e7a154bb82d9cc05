namespace Plateforme.Web.Opportunities.Workspace;

/// <summary>Where the campaign's goal comes from: the budget as written, brought up or down to the limits, or the minimum without a budget.</summary>
public enum GoalSource
{
    Budget,
    RaisedToMinimum,
    CappedToMaximum,
    NoBudget,
}
