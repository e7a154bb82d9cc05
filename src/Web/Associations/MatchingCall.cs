using Plateforme.Search.Indexing;

namespace Plateforme.Web.Associations;

/// <summary>One call that fits the organisation, with the reasons it fits, in French.</summary>
public sealed record MatchingCall(SearchHit Hit, IReadOnlyList<string> Reasons);
