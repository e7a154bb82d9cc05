namespace Plateforme.Search.Bench.Reporting.Json;

public sealed record CorpusInfo(int Calls, int Seed, string Today, double GenerationSeconds);
