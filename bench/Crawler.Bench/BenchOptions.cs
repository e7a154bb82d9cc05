using System.Globalization;

namespace Plateforme.Crawler.Bench;

/// <summary>Command-line settings of the politeness benchmark.</summary>
internal sealed record BenchOptions(int Hosts, int PagesPerHost, TimeSpan Delay, string OutputPath, bool Quick)
{
    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var hosts = quick ? 10 : 50;
        var pages = quick ? 6 : 20;
        var delayMs = 1000;
        var output = Path.Combine("bench", "results", "crawler.json");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--hosts":
                    hosts = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--pages":
                    pages = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--delay-ms":
                    delayMs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    output = args[++i];
                    break;
                case "--quick":
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}. Options: --quick, --hosts N, --pages N, --delay-ms N, --out PATH.");
            }
        }

        if (hosts < 1 || pages < 2 || delayMs < 1)
        {
            throw new ArgumentException("--hosts must be at least 1, --pages at least 2, --delay-ms at least 1.");
        }

        return new BenchOptions(hosts, pages, TimeSpan.FromMilliseconds(delayMs), output, quick);
    }
}
