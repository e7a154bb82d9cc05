using Plateforme.Experiences.Sheets;

namespace Plateforme.Experiences.Finding;

/// <summary>A sheet found, with its score (0 without words).</summary>
public sealed record ExperienceHit(Experience Sheet, float Score);
