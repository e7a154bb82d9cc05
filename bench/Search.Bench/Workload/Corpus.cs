using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Workload;

/// <summary>The calls every engine indexes, with what makes the run reproducible.</summary>
public sealed record Corpus(IReadOnlyList<CallDocument> Documents, int Seed, DateOnly Today, TimeSpan GenerationTime);
