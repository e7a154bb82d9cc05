namespace Plateforme.Crawler.Tests.Scheduling;

/// <summary>One execution of a job on one node.</summary>
public sealed record JobRun(string Job, string Node, DateTimeOffset Start, DateTimeOffset End);
