using Microsoft.Extensions.Configuration;
using Npgsql;
using Plateforme.Crawler.Scheduling;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Tests.Store;
using Plateforme.Testing;
using Quartz;

namespace Plateforme.Crawler.Tests.Scheduling;

[Collection(PostgresCollection.Name)]
public sealed class ClusteredSchedulingTests(ThrowawayPostgres postgres)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Each_fire_runs_on_exactly_one_of_two_nodes_started_together()
    {
        var database = await postgres.CreateDatabaseAsync();
        var log = new JobLog();
        await using var first = ClusterNode.Create(log, database);
        await using var second = ClusterNode.Create(log, database);
        await Task.WhenAll(first.StartAsync(), second.StartAsync());

        var names = Enumerable.Range(1, 6).Select(i => "source-" + i).ToList();
        foreach (var name in names)
        {
            var trigger = TriggerBuilder.Create().WithIdentity(name, "test").StartAt(DateTimeOffset.UtcNow.AddMilliseconds(500)).Build();
            await first.Scheduler.ScheduleJob(RecordingJob.Detail(name, 100), trigger);
        }

        await log.WaitForAsync(names.Count, Patience);
        await Task.Delay(TimeSpan.FromSeconds(2)); // a duplicate would show up within the nodes' one-second polling

        Assert.Equal(names, log.Runs.Select(r => r.Job).Order());
        Assert.True((await first.Scheduler.GetMetadata()).JobStoreClustered);
        Assert.NotEqual(first.Scheduler.SchedulerInstanceId, second.Scheduler.SchedulerInstanceId);
        Assert.Equal(first.Scheduler.SchedulerName, second.Scheduler.SchedulerName);
    }

    [Fact]
    public async Task A_long_crawl_of_a_source_never_runs_on_both_nodes_at_once()
    {
        var database = await postgres.CreateDatabaseAsync();
        var log = new JobLog();
        await using var first = ClusterNode.Create(log, database);
        await using var second = ClusterNode.Create(log, database);
        await Task.WhenAll(first.StartAsync(), second.StartAsync());

        // Due every 200 ms but lasting 1.2 s: each node sees the trigger due while the other one is running it.
        var trigger = TriggerBuilder.Create().WithIdentity("slow", "test").StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(200)).RepeatForever()).Build();
        await second.Scheduler.ScheduleJob(RecordingJob.Detail("slow", 1200), trigger);
        await log.WaitForAsync(4, Patience);
        await second.Scheduler.PauseAll();
        await first.Scheduler.PauseAll();

        var runs = log.Runs.OrderBy(r => r.Start).ToList();
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.True(runs[i].Start >= runs[i - 1].End, $"run {i} on {runs[i].Node} started before run {i - 1} on {runs[i - 1].Node} ended");
        }
    }

    [Fact]
    public async Task The_quartz_tables_are_created_once_when_nodes_start_together()
    {
        var database = await postgres.CreateDatabaseAsync();

        var created = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => QuartzSchema.EnsureCreatedAsync(database)));

        Assert.Single(created, c => c);
        Assert.False(await QuartzSchema.EnsureCreatedAsync(database));
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'qrtz\\_%'", connection);
        Assert.Equal(12L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_changed_schedule_replaces_the_stored_trigger_at_the_next_start()
    {
        var database = await postgres.CreateDatabaseAsync();
        var definition = SourceRegistry.Load().Find("departement-somme")!;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        foreach (var schedule in new[] { "0 30 5 * * ?", "0 0 7 ? * MON" })
        {
            await using var node = ClusterNode.Create(new JobLog(), database);
            await node.StartAsync();
            var (job, trigger) = CrawlScheduleRegistrar.Build(definition with { Schedule = schedule }, 0, zone);
            await node.Scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true });
        }

        await using var restarted = ClusterNode.Create(new JobLog(), database);
        await restarted.StartAsync();
        var triggers = await restarted.Scheduler.GetTriggersOfJob(CrawlScheduleRegistrar.JobKeyOf(definition.Id));
        var cron = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(triggers));
        Assert.Equal("0 0 7 ? * MON", cron.CronExpressionString);
        Assert.Single(await restarted.Scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(CrawlSourceJob.Group)));
    }

    [Fact]
    public async Task The_memory_store_stays_the_default()
    {
        var log = new JobLog();
        await using var node = ClusterNode.Create(log, connectionString: null);
        await node.StartAsync();

        await node.Scheduler.ScheduleJob(RecordingJob.Detail("local", 0), TriggerBuilder.Create().StartNow().Build());
        await log.WaitForAsync(1, Patience);

        Assert.False((await node.Scheduler.GetMetadata()).JobStorePersistent);
        Assert.False((await node.Scheduler.GetMetadata()).JobStoreClustered);
    }

    [Fact]
    public void The_cluster_uses_the_platform_database_or_asks_for_one()
    {
        var onCatalogue = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = "Host=db;Database=plateforme",
        }).Build();
        var onSqlite = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = "Data Source=plateforme.db",
        }).Build();

        Assert.Equal("Host=db;Database=plateforme", CrawlerSchedulingModule.ClusterConnectionString(onCatalogue));
        var error = Assert.Throws<InvalidOperationException>(() => CrawlerSchedulingModule.ClusterConnectionString(onSqlite));
        Assert.Contains("Crawler:Scheduling:ConnectionString", error.Message, StringComparison.Ordinal);
    }
}
