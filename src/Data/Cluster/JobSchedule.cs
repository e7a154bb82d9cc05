namespace Plateforme.Data.Cluster;

/// <summary>When a once-across-nodes job fires: every <see cref="Interval"/>, or on a cron expression in a time zone.</summary>
public sealed record JobSchedule
{
    private JobSchedule()
    {
    }

    public TimeSpan? Interval { get; private init; }

    public string? Cron { get; private init; }

    public string TimeZone { get; private init; } = "Europe/Paris";

    /// <summary>At start (the first node to start fires it) and then every <paramref name="interval"/>.</summary>
    public static JobSchedule Every(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        return new JobSchedule { Interval = interval };
    }

    /// <summary>Every day at <paramref name="hour"/>:00 in <paramref name="timeZone"/> (Quartz cron, seconds first).</summary>
    public static JobSchedule DailyAt(int hour, string timeZone = "Europe/Paris")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        return new JobSchedule { Cron = $"0 0 {hour} * * ?", TimeZone = timeZone };
    }

    /// <summary>Written on the trigger, so a node starting with the same schedule leaves the stored trigger alone.</summary>
    public override string ToString() => Interval is { } every ? $"every {every}" : $"cron {Cron} {TimeZone}";
}
