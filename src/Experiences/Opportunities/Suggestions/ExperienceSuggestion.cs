using Plateforme.Experiences.Sheets;

namespace Plateforme.Experiences.Opportunities.Suggestions;

/// <summary>A published experience that resembles the file, and why.</summary>
public sealed record ExperienceSuggestion(Experience Sheet, IReadOnlyList<SuggestionReason> Reasons);
