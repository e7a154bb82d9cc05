using System.ComponentModel.DataAnnotations;

namespace Plateforme.Web.Admin.Sources.Alarms;

/// <summary>The source-health alarm e-mails (section <c>Crawler:Alarms</c>).</summary>
public sealed class SourceAlarmOptions
{
    public const string SectionName = "Crawler:Alarms";

    /// <summary>Off when another web node sends them (the ledger already keeps two nodes from sending one alarm twice).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between two looks at the sources' health.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}
