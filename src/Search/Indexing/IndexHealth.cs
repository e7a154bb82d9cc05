namespace Plateforme.Search.Indexing;

public sealed record IndexHealth(bool IsHealthy, int DocumentCount, string Backend, string? Problem = null);
