using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Plateforme.Web.Bench.Load;

/// <summary>
/// One run of Debian's <c>wrk</c> (4.1) at a number of open connections, its addresses taken in turn from a Lua
/// script, and what it printed: requests per second, the latency percentiles of its histogram, errors.
/// </summary>
internal static partial class WrkRun
{
    public static async Task<WrkResult> RunAsync(Uri origin, string scriptPath, int connections, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        // Two threads at most: the machine has two cores and the server needs them more than the client.
        var threads = Math.Min(connections, 2);
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s", "--timeout", "10s", "--latency",
            "-s", scriptPath, origin.ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk could not be started (apt-get install wrk)");
        // A cancelled benchmark (Ctrl+C, SIGTERM) stops its wrk too.
        await using var stop = cancellationToken.Register(() =>
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // Already ended.
            }
        });
        var output = await process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = await process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk ended with {process.ExitCode}: {errors}{output}");
        return Parse(connections, output);
    }

    public static WrkResult Parse(int connections, string output)
    {
        var percentiles = new Dictionary<int, double>();
        foreach (Match match in Percentile().Matches(output))
        {
            percentiles[int.Parse(match.Groups["p"].Value, CultureInfo.InvariantCulture)] = Milliseconds(match.Groups["value"].Value, match.Groups["unit"].Value);
        }

        var perSecond = RequestsPerSecond().Match(output);
        var total = Requests().Match(output);
        var non2xx = NonSuccess().Match(output);
        var socket = SocketErrors().Match(output);
        if (!perSecond.Success || !percentiles.ContainsKey(50) || !percentiles.ContainsKey(99))
        {
            throw new InvalidOperationException("wrk printed no latency distribution: " + output);
        }

        var socketErrors = socket.Success
            ? socket.Groups.Cast<Group>().Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
            : 0;
        return new WrkResult(
            connections,
            Math.Round(double.Parse(perSecond.Groups[1].Value, CultureInfo.InvariantCulture), 1),
            total.Success ? long.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            percentiles[50],
            percentiles.GetValueOrDefault(90),
            percentiles[99],
            non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socketErrors);
    }

    private static double Milliseconds(string value, string unit)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        return Math.Round(unit switch
        {
            "us" => number / 1000,
            "ms" => number,
            "s" => number * 1000,
            "m" => number * 60_000,
            _ => throw new FormatException("Unknown wrk unit " + unit),
        }, 2);
    }

    [GeneratedRegex(@"^\s+(?<p>50|75|90|99)%\s+(?<value>[\d.]+)(?<unit>us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex Percentile();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}

internal sealed record WrkResult(int Connections, double RequestsPerSecond, long Requests, double P50Ms, double P90Ms, double P99Ms, long NonSuccess, long SocketErrors);
