namespace Plateforme.Data.Hosting;

/// <summary>The wait of a background loop on its <see cref="PeriodicTimer"/>.</summary>
public static class TimerTicks
{
    /// <summary>
    /// Waits for the next tick, then carries on from the thread pool. A timer completes the wait on the thread that
    /// fires it: under a test clock that is the test's own jump in time, which would otherwise run the loop's work
    /// inline once for every period jumped over (a clock run per quarter of an hour across three months took minutes).
    /// </summary>
    public static async Task<bool> NextTickAsync(this PeriodicTimer timer, CancellationToken cancellationToken) =>
        await timer.WaitForNextTickAsync(cancellationToken).AsTask().ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
}
