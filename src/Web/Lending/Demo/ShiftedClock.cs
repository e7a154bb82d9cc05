namespace Plateforme.Web.Lending.Demo;

/// <summary>The real clock moved back by a fixed span: lets the demo seeder live a campaign's past months in one go.</summary>
internal sealed class ShiftedClock(TimeProvider real, TimeSpan back) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() - back;

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;
}
