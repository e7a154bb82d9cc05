namespace Plateforme.Faults.Tests.Harness;

/// <summary>The system clock moved by <see cref="Offset"/>: lets the lending clock see an end date passed, or the purge a period run out.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
