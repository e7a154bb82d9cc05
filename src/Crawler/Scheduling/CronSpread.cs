using System.Globalization;
using System.Text;

namespace Plateforme.Crawler.Scheduling;

/// <summary>
/// Moves a Quartz cron expression (seconds first) later by an offset fixed for each source id: the same id
/// always lands on the same second, different ids scatter across the window. Only fields written as plain
/// numbers move: "0 30 5 * * ?" can become "17 37 5 * * ?"; in "0 0/15 * * * ?" only the seconds move.
/// The minutes wrap within the hour, so the hour, day and month fields are never touched.
/// </summary>
public static class CronSpread
{
    public static string Apply(string cron, string sourceId, int spreadMinutes)
    {
        ArgumentNullException.ThrowIfNull(cron);
        ArgumentNullException.ThrowIfNull(sourceId);
        if (spreadMinutes <= 0) return cron;
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 6 || !IsNumber(fields[0], out var second)) return cron;

        var offset = (int)(StableHash(sourceId) % (uint)(spreadMinutes * 60));
        if (IsNumber(fields[1], out var minute))
        {
            var total = (minute * 60) + second + offset;
            fields[0] = (total % 60).ToString(CultureInfo.InvariantCulture);
            fields[1] = (total / 60 % 60).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            fields[0] = ((second + offset) % 60).ToString(CultureInfo.InvariantCulture);
        }

        return string.Join(' ', fields);
    }

    /// <summary>FNV-1a: stable across processes and runtimes, unlike string.GetHashCode.</summary>
    internal static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }

    private static bool IsNumber(string field, out int value) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value is >= 0 and < 60;
}
