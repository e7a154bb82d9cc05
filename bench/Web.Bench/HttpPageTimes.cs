using System.Diagnostics;

namespace Plateforme.Web.Bench;

/// <summary>Server time of the results page over HTTP, one request at a time, as the web bench measures it.</summary>
internal static class HttpPageTimes
{
    public static async Task<Latencies> MeasureAsync(HttpClient client, IEnumerable<string> addresses)
    {
        var samples = new List<double>();
        foreach (var address in addresses) samples.Add(await TimeAsync(client, "/recherche" + address));
        return Latencies.Of(samples);
    }

    public static async Task<double> TimeAsync(HttpClient client, string address)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{address} answered {(int)response.StatusCode}");
        return watch.Elapsed.TotalMilliseconds;
    }
}
