namespace Plateforme.Search.Bench.Reporting.Json;

public sealed record MachineInfo(int Cores, string? Processor, string Os, string DotNet, string Architecture, long TotalMemoryMb, string? LoadAverageAtStart, string? LoadAverageAtEnd);
