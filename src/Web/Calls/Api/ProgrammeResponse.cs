namespace Plateforme.Web.Calls.Api;

/// <summary>A programme: the slug the <c>programme</c> filter takes, and its name.</summary>
public sealed record ProgrammeResponse(string Slug, string Name);
