using System.Globalization;
using Quartz;

namespace Plateforme.Crawler.Tests.Scheduling;

/// <summary>Stands for a crawl: lasts "ms" milliseconds, never twice at once, and writes down which node ran it.</summary>
[DisallowConcurrentExecution]
public sealed class RecordingJob(JobLog log) : IJob
{
    public const string DurationKey = "ms";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var start = DateTimeOffset.UtcNow;
        var duration = int.Parse(context.MergedJobDataMap.GetString(DurationKey) ?? "0", CultureInfo.InvariantCulture);
        await Task.Delay(duration, CancellationToken.None);
        log.Add(new JobRun(context.JobDetail.Key.Name, context.Scheduler.SchedulerInstanceId, start, DateTimeOffset.UtcNow));
    }

    public static IJobDetail Detail(string name, int durationMs) => JobBuilder.Create<RecordingJob>()
        .WithIdentity(name, "test")
        .UsingJobData(DurationKey, durationMs.ToString(CultureInfo.InvariantCulture))
        .Build();
}
