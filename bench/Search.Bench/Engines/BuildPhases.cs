using System.Diagnostics;

namespace Plateforme.Search.Bench.Engines;

/// <summary>Splits an engine's build time into named laps (load, index creation, commit…).</summary>
public sealed class BuildPhases
{
    private readonly Dictionary<string, double> _seconds = new(StringComparer.Ordinal);
    private long _mark = Stopwatch.GetTimestamp();

    public IReadOnlyDictionary<string, double> Seconds => _seconds;

    public void Start() => _mark = Stopwatch.GetTimestamp();

    /// <summary>Records the time since the last lap (or <see cref="Start"/>) under <paramref name="name"/>.</summary>
    public void Lap(string name)
    {
        var now = Stopwatch.GetTimestamp();
        _seconds[name] = Math.Round(Stopwatch.GetElapsedTime(_mark, now).TotalSeconds, 2);
        _mark = now;
    }
}
