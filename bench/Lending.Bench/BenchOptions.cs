using System.Globalization;

namespace Plateforme.Lending.Bench;

/// <summary>Command line: --quick, --clients N, --attempts N, --out PATH.</summary>
internal sealed record BenchOptions(int Clients, int Attempts, string Output, bool Quick)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(50, 4_000, Path.Combine("bench", "results", "lending.json"), false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--quick" => options with { Attempts = 600, Quick = true },
                "--clients" => options with { Clients = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--attempts" => options with { Attempts = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--out" => options with { Output = args[++i] },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Use --quick, --clients N, --attempts N, --out PATH."),
            };
        }

        return options;
    }
}
