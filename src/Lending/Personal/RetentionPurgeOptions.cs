using System.ComponentModel.DataAnnotations;

namespace Plateforme.Lending.Personal;

/// <summary>The retention purge inside the web process (section <c>Lending:RetentionPurge</c>).</summary>
public sealed class RetentionPurgeOptions
{
    public const string SectionName = "Lending:RetentionPurge";

    /// <summary>Off when another process runs it, or in tests that run it by hand.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between two runs; periods are counted in years, a daily run is exact enough.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}
