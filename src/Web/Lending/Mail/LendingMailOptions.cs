using System.ComponentModel.DataAnnotations;

namespace Plateforme.Web.Lending.Mail;

/// <summary>Delivery of the lending outbox (section <c>Lending:Mail</c>).</summary>
public sealed class LendingMailOptions
{
    public const string SectionName = "Lending:Mail";

    /// <summary>Off when another process sends the outbox.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between two looks at the outbox.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Failed attempts after which a message is given up (with the default waits, about twenty hours after the first).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = Plateforme.Lending.Messages.SendRetries.DefaultMaxAttempts;

    /// <summary>Failures in a row after which the drain stops until the next tick: the mail server is away.</summary>
    [Range(1, 1000)]
    public int FailuresBeforePause { get; set; } = 3;
}
