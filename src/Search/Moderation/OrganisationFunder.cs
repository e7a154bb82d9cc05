namespace Plateforme.Search.Moderation;

/// <summary>An organisation of the platform seen as the funder of the calls it posts.</summary>
/// <param name="Kind">A funder kind of the catalogue ("association", "fondation", "commune"…).</param>
public sealed record OrganisationFunder(Guid Id, string Name, string Kind, string? Territory);
