using System.Globalization;

namespace Plateforme.Web.Bench.Circuits;

/// <summary>The circuit bench's command line: <c>--circuits [N]</c> and its companions (see bench/README.md).</summary>
internal sealed record CircuitBenchOptions(int Calls, int Circuits, int Requests, int Sample, int OpenConcurrency, int IdleSeconds, string Output)
{
    public const int DefaultCircuits = 200;

    public static CircuitBenchOptions Parse(int calls, string[] args) => new(
        calls,
        Number(args, "--circuits") ?? DefaultCircuits,
        Number(args, "--requests") ?? 300,
        Number(args, "--sample") ?? 20,
        Number(args, "--open-concurrency") ?? 6,
        Number(args, "--idle-seconds") ?? 10,
        Value(args, "--out") ?? Path.Combine("bench", "results", "circuits.json"));

    // "--circuits" alone keeps the default: the next word, when there is one, may be another option.
    private static int? Number(string[] args, string name) =>
        Value(args, name) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
