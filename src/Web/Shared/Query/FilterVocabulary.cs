using System.Collections.Frozen;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Shared.Query;

/// <summary>
/// The values every search filter accepts. Reference lists are fixed; funders come from the catalogue and are
/// re-read every minute, so a funder added by a crawler or a moderator becomes a valid filter without a restart.
/// </summary>
public sealed class FilterVocabulary(
    TerritoryDirectory territories,
    ThemeTaxonomy themes,
    ReferenceLists lists,
    PublishedCalls catalogue,
    ILogger<FilterVocabulary> logger) : BackgroundService
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(2);

    private volatile FunderSnapshot funders = FunderSnapshot.Empty;
    private long lastRefreshTicks;

    public TerritoryDirectory Territories => territories;
    public ThemeTaxonomy Taxonomy => themes;
    public ReferenceLists Lists => lists;

    public IReadOnlySet<string> Beneficiaries { get; } = lists.Beneficiaries.Slugs.ToFrozenSet(StringComparer.Ordinal);
    public IReadOnlySet<string> AidTypes { get; } = lists.AidTypes.Slugs.ToFrozenSet(StringComparer.Ordinal);
    public IReadOnlySet<string> Recurrences { get; } = lists.Recurrences.Slugs.ToFrozenSet(StringComparer.Ordinal);
    public IReadOnlySet<string> Publics { get; } = lists.Publics.Slugs.ToFrozenSet(StringComparer.Ordinal);
    public IReadOnlySet<string> Destinations { get; } = lists.Destinations.Slugs.ToFrozenSet(StringComparer.Ordinal);
    public IReadOnlySet<string> Themes { get; } = themes.All.Select(t => t.Slug).ToFrozenSet(StringComparer.Ordinal);
    public IReadOnlySet<string> Funders => funders.Slugs;
    public IReadOnlyList<LabelledValue> FunderValues => funders.Values;

    public string StatusLabel(CallStatus status) => lists.Statuses.LabelOf(status.ToSlug());

    /// <summary>Reads the funders now; the API calls it once before serving so the first request sees them.</summary>
    public async Task RefreshFundersAsync(CancellationToken cancellationToken)
    {
        var rows = await catalogue.FunderNamesAsync(cancellationToken);
        Interlocked.Exchange(ref lastRefreshTicks, Environment.TickCount64 * TimeSpan.TicksPerMillisecond);
        funders = new FunderSnapshot(
            rows.Select(r => r.Slug).ToFrozenSet(StringComparer.Ordinal),
            [.. rows.OrderBy(r => r.Name, StringComparer.Create(FrenchFormat.Culture, true))
                .Select(r => new LabelledValue(r.Slug, r.Name))]);
    }

    /// <summary>
    /// Re-reads the funders when a request names one we do not know yet and the list is not fresh:
    /// a funder added a moment ago is accepted, while a flood of wrong names costs at most one read every 2 s.
    /// </summary>
    public async Task EnsureKnownAsync(IEnumerable<string> requestedFunders, CancellationToken cancellationToken)
    {
        var snapshot = funders;
        if (requestedFunders.All(snapshot.Slugs.Contains)) return;
        var sinceLast = TimeSpan.FromTicks(Environment.TickCount64 * TimeSpan.TicksPerMillisecond - Interlocked.Read(ref lastRefreshTicks));
        if (sinceLast < MinimumRefreshInterval) return;
        await RefreshFundersAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshEvery);
        do
        {
            try
            {
                await RefreshFundersAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not refresh the funder list; keeping the previous one");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private sealed record FunderSnapshot(IReadOnlySet<string> Slugs, IReadOnlyList<LabelledValue> Values)
    {
        public static FunderSnapshot Empty { get; } = new(FrozenSet<string>.Empty, []);
    }
}
