using Plateforme.Search.Reference;

namespace Plateforme.Search.Indexing;

/// <summary>
/// A territory filter: calls inside <see cref="Code"/> (its own or any smaller perimeter in it) and calls
/// whose perimeter encloses it (<see cref="Ancestors"/>: EPCI, département, région, national).
/// </summary>
public sealed record TerritoryScope(TerritoryCode Code, IReadOnlyList<TerritoryCode> Ancestors);
