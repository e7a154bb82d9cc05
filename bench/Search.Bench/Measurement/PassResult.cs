using Plateforme.Search.Bench.Engines;

namespace Plateforme.Search.Bench.Measurement;

/// <summary>One pass of the whole query mix: each query's answer and latency, in mix order.</summary>
public sealed record PassResult(IReadOnlyList<EngineAnswer> Answers, IReadOnlyList<double> LatenciesMs);
