using System.Diagnostics;
using System.Globalization;

namespace Plateforme.Data.Faults;

/// <summary>
/// Named places where the fault-injection suite (<c>tests/Faults.Tests</c>) makes the process die as a power cut
/// would: no <c>finally</c>, no flush, no graceful shutdown. Off unless the environment variable
/// <see cref="VariableName"/> names a point when the process starts (<c>lending.pledge.after-commit</c>, or
/// <c>lending.pledge.after-commit#3</c> for its third passage); when off, <see cref="Reach"/> is one field read.
/// </summary>
/// <remarks>The variable is read once: a running process cannot be armed from outside, only started armed.</remarks>
public static class FaultPoints
{
    public const string VariableName = "PLATEFORME_FAULT_POINT";

    private static readonly string? Armed;
    private static readonly int KillOnPassage = 1;
    private static int passages;

    static FaultPoints()
    {
        var value = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrWhiteSpace(value)) return;
        var hash = value.LastIndexOf('#');
        if (hash > 0 && int.TryParse(value[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var passage) && passage > 0)
        {
            Armed = value[..hash].Trim();
            KillOnPassage = passage;
        }
        else
        {
            Armed = value.Trim();
        }
    }

    /// <summary>Whether a point is armed in this process (for a log line at start, never for behaviour).</summary>
    public static bool IsArmed => Armed is not null;

    /// <summary>Kills the process at once (SIGKILL on Linux) when <paramref name="point"/> is the armed one and this is its chosen passage.</summary>
    public static void Reach(string point)
    {
        if (Armed is null || !string.Equals(point, Armed, StringComparison.Ordinal)) return;
        if (Interlocked.Increment(ref passages) != KillOnPassage) return;
        using var self = Process.GetCurrentProcess();
        self.Kill();
    }
}
