namespace Plateforme.Experiences.Finding;

/// <summary>One value of a facet: its slug or code, its French label and how many found sheets carry it.</summary>
public sealed record ExperienceFacet(string Value, string Label, int Count);
