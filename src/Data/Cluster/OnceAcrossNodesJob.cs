namespace Plateforme.Data.Cluster;

/// <summary>
/// Periodic work that must run once across nodes (the lending clock, a mail drain, the digests): its stable
/// <see cref="Name"/> (the Quartz job key: never rename it), its <see cref="Schedule"/> (null: disabled by its
/// settings) and what one run does, in a service scope of the node that fired it.
/// </summary>
public sealed record OnceAcrossNodesJob(string Name, JobSchedule? Schedule, Func<IServiceProvider, CancellationToken, Task> Run);
