using Plateforme.Lending.Messages;

namespace Plateforme.Lending.Tests.Messages;

public sealed class SendRetriesTests
{
    [Fact]
    public void A_refused_message_is_tried_again_after_doubling_waits_of_at_most_six_hours_for_about_twenty_hours()
    {
        var waits = Enumerable.Range(1, SendRetries.DefaultMaxAttempts - 1).Select(SendRetries.DelayAfter).ToList();

        Assert.Equal(new[] { 1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360 }.Select(m => TimeSpan.FromMinutes(m)), waits);
        var span = waits.Aggregate(TimeSpan.Zero, (total, wait) => total + wait);
        Assert.InRange(span, TimeSpan.FromHours(20), TimeSpan.FromHours(21));
        Assert.Equal(TimeSpan.FromHours(6), SendRetries.DelayAfter(1000));
    }
}
