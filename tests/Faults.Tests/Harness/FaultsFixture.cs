using System.Diagnostics;
using Xunit.Abstractions;

namespace Plateforme.Faults.Tests.Harness;

/// <summary>
/// What the whole suite shares: one throwaway PostgreSQL server (each site gets its own database on it) and the
/// figures, written to <c>bench/results/faults.json</c> at the end.
/// </summary>
public sealed class FaultsFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private readonly Stopwatch watch = Stopwatch.StartNew();

    public ThrowawayPostgres Postgres { get; } = new(diagnostics);

    public FaultFigures Figures { get; } = new();

    public Task InitializeAsync() => Postgres.InitializeAsync();

    public async Task DisposeAsync()
    {
        Figures.Write(RepositoryPaths.FaultsResults, watch.Elapsed);
        await Postgres.DisposeAsync().ConfigureAwait(false);
    }

    public Task<FaultSite> SiteAsync(string provider) =>
        provider == "PostgreSql" ? FaultSite.PostgresAsync(Postgres) : FaultSite.SqliteAsync();
}
