namespace Plateforme.Data.Tests;

public sealed class Stamp
{
    public int Id { get; set; }
    public required string Label { get; set; }
    public DateTimeOffset At { get; set; }
}
