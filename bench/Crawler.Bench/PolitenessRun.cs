using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Plateforme.Crawler.Fetching;

namespace Plateforme.Crawler.Bench;

/// <summary>
/// Every page of every stub host is asked for at once, as a crawl of many sources would; the fetcher must
/// spread each host's requests by the delay while the hosts run side by side.
/// </summary>
internal static class PolitenessRun
{
    public static async Task<PolitenessMeasurement> RunAsync(BenchOptions options)
    {
        await WarmUpAsync();

        using var hosts = new StubHosts(options.Hosts);
        using var fetcher = CreateFetcher(options.Delay);
        var heapBefore = MemorySampler.SettledHeapBytes();
        (FetchOutcome Outcome, int Characters)[] results;
        TimeSpan elapsed;
        long peak;
        await using (var sampler = new MemorySampler())
        {
            var clock = Stopwatch.StartNew();
            var requests = Enumerable.Range(0, options.Hosts)
                .SelectMany(host => hosts.PagesOf(host, options.PagesPerHost))
                .Select(url => FetchAndForgetAsync(fetcher, url));
            results = await Task.WhenAll(requests);
            elapsed = clock.Elapsed;
            peak = sampler.PeakBytes;
        }

        var heapAfter = MemorySampler.SettledHeapBytes();
        return new PolitenessMeasurement(
            elapsed,
            results.GroupBy(result => result.Outcome).ToDictionary(group => group.Key.ToString(), group => group.Count()),
            results.Sum(result => (long)result.Characters),
            hosts.Arrivals(),
            heapBefore,
            heapAfter,
            Math.Max(peak, Math.Max(heapBefore, heapAfter)));
    }

    /// <summary>Keeps only the outcome and the size, as a connector that parses and moves on would.</summary>
    private static async Task<(FetchOutcome Outcome, int Characters)> FetchAndForgetAsync(PageFetcher fetcher, Uri url)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(url, "bench"), CancellationToken.None);
        return (result.Outcome, result.Text?.Length ?? 0);
    }

    private static PageFetcher CreateFetcher(TimeSpan delay)
    {
        var options = new FetchOptions { DefaultDelay = delay, RequestTimeout = TimeSpan.FromSeconds(10), AllowLoopback = true }; // the stub hosts listen on 127.0.0.1
        return new PageFetcher(Options.Create(options), new InMemoryValidatorStore(), TimeProvider.System, NullLogger<PageFetcher>.Instance);
    }

    /// <summary>One small crawl first, so that start-up and JIT costs stay out of the measured one.</summary>
    private static async Task WarmUpAsync()
    {
        using var hosts = new StubHosts(2);
        using var fetcher = CreateFetcher(TimeSpan.FromMilliseconds(10));
        await Task.WhenAll(Enumerable.Range(0, 2)
            .SelectMany(host => hosts.PagesOf(host, 3))
            .Select(url => fetcher.FetchAsync(new FetchRequest(url, "warm-up"), CancellationToken.None)));
    }
}
