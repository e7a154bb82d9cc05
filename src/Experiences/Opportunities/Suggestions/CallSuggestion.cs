using Plateforme.Search.Indexing;

namespace Plateforme.Experiences.Opportunities.Suggestions;

/// <summary>An open call of the catalogue that could fund the file, and why.</summary>
public sealed record CallSuggestion(CallDocument Call, CallStatus Status, IReadOnlyList<SuggestionReason> Reasons);
