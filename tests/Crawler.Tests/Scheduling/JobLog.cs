using System.Collections.Concurrent;

namespace Plateforme.Crawler.Tests.Scheduling;

/// <summary>The runs of <see cref="RecordingJob"/>, shared by every node of a test's cluster.</summary>
public sealed class JobLog
{
    private readonly ConcurrentQueue<JobRun> _runs = new();

    public IReadOnlyList<JobRun> Runs => [.. _runs];

    public void Add(JobRun run) => _runs.Enqueue(run);

    /// <summary>Polls until at least <paramref name="count"/> runs ended, or fails after <paramref name="timeout"/>.</summary>
    public Task WaitForAsync(int count, TimeSpan timeout) =>
        Eventually.ValueAsync(() => _runs.Count, runs => runs >= count, $"{count} runs to end", timeout);
}
