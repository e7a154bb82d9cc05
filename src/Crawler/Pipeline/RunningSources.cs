using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// The runs in progress in this process, one per source at most: asking for a source already running joins its
/// run, so the schedule and an admin's "run now" cannot overlap.
/// </summary>
public sealed class RunningSources
{
    private readonly Dictionary<string, Task<CrawlRun>> _inFlight = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public bool IsRunning(string sourceId)
    {
        lock (_gate)
        {
            return _inFlight.ContainsKey(sourceId);
        }
    }

    /// <summary>The run in progress, or a new one started by <paramref name="start"/>; <c>Started</c> says which.</summary>
    public (Task<CrawlRun> Run, bool Started) StartOrJoin(string sourceId, Func<Task<CrawlRun>> start)
    {
        ArgumentNullException.ThrowIfNull(start);
        lock (_gate)
        {
            if (_inFlight.TryGetValue(sourceId, out var running))
            {
                return (running, false);
            }

            // Started outside the caller's context, so the lock is never held across the run's own work.
            var run = Task.Run(start, CancellationToken.None);
            _inFlight[sourceId] = run;
            _ = run.ContinueWith(finished =>
            {
                lock (_gate)
                {
                    if (_inFlight.TryGetValue(sourceId, out var current) && current == finished) _inFlight.Remove(sourceId);
                }
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return (run, true);
        }
    }
}
