namespace Plateforme.Lending.Messages;

/// <summary>
/// When a message that failed is tried again: a minute after the first failure, then twice as long each time, at
/// most six hours apart, so that a mail server down for a night is waited for and one refused address costs little.
/// </summary>
public static class SendRetries
{
    public const int DefaultMaxAttempts = 12;
    public const int ErrorLength = 500;

    private static readonly TimeSpan Longest = TimeSpan.FromHours(6);

    /// <summary>The wait after the given number of failed attempts (1 for the first failure).</summary>
    public static TimeSpan DelayAfter(int failedAttempts)
    {
        // 2⁹ minutes is already past the longest wait.
        var delay = TimeSpan.FromMinutes(1L << Math.Clamp(failedAttempts - 1, 0, 9));
        return delay < Longest ? delay : Longest;
    }
}
