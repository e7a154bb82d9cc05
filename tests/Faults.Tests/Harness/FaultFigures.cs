using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plateforme.Faults.Tests.Harness;

/// <summary>
/// The suite's figures, added up across its tests and written to <c>bench/results/faults.json</c> when the
/// collection ends: kill points tried, restarts, invariants checked and the violations found (target: none).
/// </summary>
public sealed class FaultFigures
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    private readonly Lock gate = new();
    private readonly SortedSet<string> killPoints = new(StringComparer.Ordinal);
    private readonly List<string> violations = [];
    private int restarts;
    private int selfKills;
    private int outsideKills;
    private int invariants;
    private readonly SortedDictionary<string, int> observations = new(StringComparer.Ordinal);

    /// <summary>A fault point armed in a life of the host, named with its provider ("Sqlite lending.pledge.after-commit#3").</summary>
    public void KillPointTried(string provider, string point)
    {
        lock (gate) killPoints.Add($"{provider} {point}");
    }

    public void SelfKilled()
    {
        lock (gate) selfKills++;
    }

    public void KilledFromOutside()
    {
        lock (gate) outsideKills++;
    }

    public void Restarted()
    {
        lock (gate) restarts++;
    }

    /// <summary>Counts something seen that is worth a figure but is no invariant ("Sqlite pledges refused with the 503 page on a full disk").</summary>
    public void Observed(string what)
    {
        lock (gate) observations[what] = observations.GetValueOrDefault(what) + 1;
    }

    /// <summary>Counts one invariant checked; a broken one is kept, with what was seen, for the report and the test's failure.</summary>
    public bool Check(bool holds, string invariant)
    {
        lock (gate)
        {
            invariants++;
            if (!holds) violations.Add(invariant);
        }

        return holds;
    }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (gate) return violations.ToList();
        }
    }

    public void Write(string path, TimeSpan duration)
    {
        lock (gate)
        {
            var report = new
            {
                suite = "tests/Faults.Tests",
                killPointsTried = killPoints.Count,
                killPoints = killPoints.ToList(),
                killedByFaultPoint = selfKills,
                killedFromOutside = outsideKills,
                restarts,
                invariantsChecked = invariants,
                violations = violations.Count,
                violationDetails = violations,
                observations,
                durationSeconds = Math.Round(duration.TotalSeconds, 1),
                machine = new { processors = Environment.ProcessorCount, os = System.Runtime.InteropServices.RuntimeInformation.OSDescription },
            };
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, JsonSerializer.Serialize(report, Json) + "\n");
        }
    }
}
