using System.ComponentModel.DataAnnotations;

namespace Plateforme.Lending.Hosting;

/// <summary>The clock inside the web process (section <c>Lending:Clock</c>).</summary>
public sealed class CampaignClockOptions
{
    public const string SectionName = "Lending:Clock";

    /// <summary>Off when another process runs the clock, or in tests that drive it by hand.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between two runs; a run repeated is harmless, so a short interval only costs a few queries.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}
