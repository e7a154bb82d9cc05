namespace Plateforme.Web.Structures.Dashboard;

/// <summary>One month of a structure's campaigns: what lenders lent and what carriers repaid (cents).</summary>
public sealed record MonthFigure(DateOnly Month, long CollectedCents, long RepaidCents);
