namespace Plateforme.Web.Shared.Query;

/// <summary>A problem with one parameter of the address, in French, and the parameter it concerns.</summary>
public sealed record SearchNotice(string Parameter, string Message);
