using System.ComponentModel.DataAnnotations;
using Plateforme.Accounts;

namespace Plateforme.Alerts;

/// <summary>"Alerts": the digest schedule and limits on alert creation (links use <c>Site:PublicAddress</c>).</summary>
public sealed class AlertsOptions
{
    public const string SectionName = "Alerts";

    /// <summary>Compose and send the digests inside the web process on their schedule.</summary>
    public bool ScheduleEnabled { get; set; } = true;

    /// <summary>Hour of the day, in Europe/Paris, the digests are composed at.</summary>
    [Range(0, 23)]
    public int DigestHour { get; set; } = 7;

    /// <summary>The weekday of the weekly digests.</summary>
    public DayOfWeek WeeklyDay { get; set; } = DayOfWeek.Monday;

    /// <summary>
    /// How far before the last digest a new one looks again, for calls indexed late (already delivered calls are
    /// excluded by id, so the overlap never repeats one).
    /// </summary>
    [Range(0, 24 * 14)]
    public int OverlapHours { get; set; } = 24;

    /// <summary>The most calls one digest lists; beyond, the e-mail says how many more and links to the search.</summary>
    [Range(1, 1000)]
    public int MaxCallsPerDigest { get; set; } = 100;

    /// <summary>Unconfirmed alerts kept per address: beyond, new requests send nothing (and say the same thing).</summary>
    [Range(1, 100)]
    public int MaxPendingPerAddress { get; set; } = 5;

    [Range(1, 90)]
    public int ConfirmationDays { get; set; } = 7;

    /// <summary>Alert creations allowed per client address in a window.</summary>
    public RateLimitOptions RateLimit { get; set; } = new() { PermitLimit = 10, WindowSeconds = 3600 };
}
