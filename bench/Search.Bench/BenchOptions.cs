using System.Globalization;

namespace Plateforme.Search.Bench;

/// <summary>Command-line settings; everything has a default so a bare run is the reference run.</summary>
public sealed record BenchOptions
{
    public const int DefaultCalls = 100_000;
    public const int QuickCalls = 10_000;

    public static IReadOnlyList<string> AllEngines { get; } = ["lucene", "postgres", "sqlite"];

    /// <summary>Engines run only when named: Lucene without the field's vocabulary, a baseline for the expansions' cost.</summary>
    public static IReadOnlyList<string> ExtraEngines { get; } = ["lucene-novocab"];

    public int Calls { get; init; } = DefaultCalls;
    public IReadOnlyList<string> Engines { get; init; } = AllEngines;
    public string OutputPath { get; init; } = DefaultOutput;

    private static readonly string DefaultOutput = Path.Combine("bench", "results", "search.json");

    /// <summary>Seeds both the corpus and the query mix.</summary>
    public int Seed { get; init; } = 20261123;

    /// <summary>The day statuses are computed for, fixed so that a rerun finds the same open calls.</summary>
    public DateOnly Today { get; init; } = new(2026, 11, 23);

    public int WarmUp { get; init; } = 20;

    /// <summary>With <c>--curve</c>: the catalogue sizes of the scale curve (Lucene only), smallest first.</summary>
    public IReadOnlyList<int> CurveSizes { get; init; } = [];

    public static IReadOnlyList<int> DefaultCurve { get; } = [10_000, 100_000, 1_000_000];

    /// <summary>When set, only the experiences' search is measured, on the seeded base and on a base grown to this size.</summary>
    public int? ExperiencesSize { get; init; }

    public const string Usage =
        "usage: dotnet run -c Release --project bench/Search.Bench -- [--calls N] [--quick] [--engines lucene,postgres,sqlite] [--out bench/results/search.json] [--seed N] [--warmup N]\n"
        + "       dotnet run -c Release --project bench/Search.Bench -- --curve [10000,100000,1000000] [--out bench/results/search-scale.json]\n"
        + "       dotnet run -c Release --project bench/Search.Bench -- --experiences [N] [--out bench/results/experiences-search.json]";

    /// <summary>Null with a message when the arguments make no sense.</summary>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                options = args[i] switch
                {
                    "--calls" => options with { Calls = PositiveInt(Next()) },
                    "--quick" => options with { Calls = QuickCalls },
                    "--engines" => options with { Engines = EngineList(Next()) },
                    "--out" => options with { OutputPath = Next() },
                    "--seed" => options with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--warmup" => options with { WarmUp = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--curve" => options with
                    {
                        CurveSizes = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                            ? [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(PositiveInt)]
                            : DefaultCurve,
                        OutputPath = options.OutputPath == DefaultOutput ? Path.Combine("bench", "results", "search-scale.json") : options.OutputPath,
                    },
                    "--experiences" => options with
                    {
                        ExperiencesSize = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? PositiveInt(Next()) : 1000,
                        OutputPath = options.OutputPath == DefaultOutput ? Path.Combine("bench", "results", "experiences-search.json") : options.OutputPath,
                    },
                    _ => throw new ArgumentException($"unknown argument '{args[i]}'"),
                };
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                return (null, e.Message);
            }
        }

        return (options, null);
    }

    private static int PositiveInt(string text)
    {
        var value = int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
        return value > 0 ? value : throw new ArgumentException("--calls must be positive");
    }

    private static List<string> EngineList(string text)
    {
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).Distinct().ToList();
        var unknown = names.Except(AllEngines).Except(ExtraEngines).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"unknown engine(s): {string.Join(", ", unknown)}; known: {string.Join(", ", AllEngines)}");
        return names.Count > 0 ? names : throw new ArgumentException("--engines needs at least one engine");
    }
}
