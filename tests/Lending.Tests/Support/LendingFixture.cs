using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Data;
using Plateforme.Lending.Balances;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Clock;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Tests.Support;

/// <summary>
/// The lending services over a real database (a SQLite file in WAL, or a PostgreSQL database), with a fake clock
/// starting on Monday 23 November 2026 at 10:00 UTC. One per test.
/// </summary>
public sealed class LendingFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly string? _folder;

    private LendingFixture(ServiceProvider services, FakeTimeProvider time, DatabaseOptions database, string? folder)
    {
        _services = services;
        Time = time;
        Database = database;
        _folder = folder;
    }

    public FakeTimeProvider Time { get; }
    public DatabaseOptions Database { get; }
    public LendingOptions Options => _services.GetRequiredService<IOptions<LendingOptions>>().Value;
    public CampaignService Campaigns => _services.GetRequiredService<CampaignService>();
    public PledgeService Pledges => _services.GetRequiredService<PledgeService>();
    public LoanService Loans => _services.GetRequiredService<LoanService>();
    public RepaymentService Repayments => _services.GetRequiredService<RepaymentService>();
    public LenderBalanceService Balances => _services.GetRequiredService<LenderBalanceService>();
    public CampaignClock Clock => _services.GetRequiredService<CampaignClock>();
    public LedgerInvariantChecker Invariants => _services.GetRequiredService<LedgerInvariantChecker>();
    public OutgoingMessages Messages => _services.GetRequiredService<OutgoingMessages>();
    public IServiceProvider Services => _services;

    public static Task<LendingFixture> SqliteAsync(Action<LendingOptions>? configure = null, Action<IServiceCollection>? register = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "plateforme-lending-" + Guid.NewGuid().ToString("N")[..12]);
        var connection = $"Data Source={Path.Combine(folder, "lending.db")};Pooling=False";
        return CreateAsync(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connection }, configure, folder, register);
    }

    public static Task<LendingFixture> PostgresAsync(string connectionString, Action<LendingOptions>? configure = null) =>
        CreateAsync(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString }, configure, null);

    public async Task<LendingDbContext> OpenAsync() =>
        await _services.GetRequiredService<IDbContextFactory<LendingDbContext>>().CreateDbContextAsync();

    /// <summary>Moves the fake clock to a time of day on a Paris date (10:00 by default).</summary>
    public void SetParisDay(DateOnly day, int hour = 10) =>
        Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(1)).ToUniversalTime());

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_folder is not null && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static async Task<LendingFixture> CreateAsync(DatabaseOptions database, Action<LendingOptions>? configure, string? folder, Action<IServiceCollection>? register = null)
    {
        var time = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        register?.Invoke(services);
        services.AddLendingServices(database, Path.GetTempPath());
        services.Configure<LendingOptions>(options => configure?.Invoke(options));
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator<LendingDbContext>>().MigrateAsync();
        return new LendingFixture(provider, time, database, folder);
    }
}
