namespace Plateforme.Crawler.Scheduling;

/// <summary>Where Quartz keeps the crawl jobs and their triggers.</summary>
public enum SchedulingStore
{
    /// <summary>In the process: one node only (development, a single web server).</summary>
    Memory,

    /// <summary>Quartz's ADO.NET store, clustered: the web nodes and the worker share the jobs, each fire runs once.</summary>
    PostgreSql,
}
