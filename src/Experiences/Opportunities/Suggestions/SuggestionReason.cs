namespace Plateforme.Experiences.Opportunities.Suggestions;

/// <summary>One reason a call or an experience is suggested, with the value that makes it concrete.</summary>
public sealed record SuggestionReason(ReasonKind Kind, string Value = "");
