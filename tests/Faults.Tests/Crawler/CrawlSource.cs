using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Fixtures;
using Plateforme.Crawler.Store;
using Plateforme.Faults.Tests.Harness;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Faults.Tests.Crawler;

/// <summary>
/// The crawl scenarios' source: a loopback copy of ville-amiens (the crawler's fixture mode), its definition enabled,
/// without delays and trusted (its calls are published, its changes applied); what the admin API and the catalogue
/// say of it.
/// </summary>
public static class CrawlSource
{
    public const string Id = "ville-amiens";
    public const string RunsPath = "/api/admin/sources/" + Id + "/runs";

    /// <summary>Serves the copies under <paramref name="fixtures"/> (the test's own folder unless given) and configures the site for them.</summary>
    public static FixtureSites Serve(FaultSite site, string? fixtures = null, string? schedule = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        var sites = FixtureSites.Start(fixtures ?? Path.Combine(AppContext.BaseDirectory, "CrawlerFixtures"));
        var definition = SourceRegistry.Load().All.Single(d => d.Id == Id);
        var definitions = Directory.CreateDirectory(Path.Combine(site.Folder, "sources")).FullName;
        File.WriteAllText(Path.Combine(definitions, Id + ".json"),
            SourceDefinitionStore.Serialize(definition with { Politeness = new(), Enabled = true, Schedule = schedule ?? definition.Schedule }));
        foreach (var (key, value) in sites.Settings([definition])) site.Configure(key, value ?? "");
        site.Configure("Crawler:Sources:DefinitionsDirectory", definitions);
        site.Configure("Crawler:Pipeline:TrustedSources:0", Id);
        return sites;
    }

    public static async Task<Visitor> AdminAsync(FaultSite site)
    {
        var admin = new Visitor(site.Address);
        await admin.SignInAsync(FaultSite.AdminEmail, FaultSite.AdminPassword);
        return admin;
    }

    public static async Task<SourceState> StateAsync(Visitor admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        using var json = JsonDocument.Parse(await admin.GetTextAsync("/api/admin/sources/" + Id));
        var source = json.RootElement.GetProperty("source");
        var lastRun = source.TryGetProperty("lastRun", out var run) && run.ValueKind == JsonValueKind.Object ? run : (JsonElement?)null;
        return new SourceState(source.GetProperty("running").GetBoolean(), lastRun?.GetProperty("outcome").GetString(),
            lastRun?.GetProperty("itemsFound").GetInt32() ?? 0);
    }

    /// <summary>The source's runs, newest first as the API lists them: id, outcome, whether ended, calls updated, error samples.</summary>
    public static async Task<List<RunState>> RunsAsync(Visitor admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        using var json = JsonDocument.Parse(await admin.GetTextAsync("/api/admin/sources/" + Id));
        return [.. json.RootElement.GetProperty("runs").EnumerateArray().Select(r => new RunState(
            r.GetProperty("id").GetInt64(),
            r.GetProperty("outcome").GetString() ?? "",
            r.TryGetProperty("endedAt", out var ended) && ended.ValueKind != JsonValueKind.Null,
            r.GetProperty("callsUpdated").GetInt32(),
            [.. r.GetProperty("errorSamples").EnumerateArray().Select(e => e.GetString() ?? "")]))];
    }

    public static async Task<List<SourceRecord>> RecordsAsync(FaultSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        await using var db = await site.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContextAsync();
        return await db.SourceRecords.AsNoTracking().Where(r => r.SourceId == Id).ToListAsync();
    }

    public static async Task<List<FundingCall>> CallsAsync(FaultSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        await using var db = await site.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContextAsync();
        return await db.FundingCalls.AsNoTracking().Where(c => db.SourceRecords.Any(r => r.CallId == c.Id && r.SourceId == Id)).ToListAsync();
    }

    public readonly record struct SourceState(bool Running, string? LastOutcome, int ItemsFound);

    public sealed record RunState(long Id, string Outcome, bool Ended, int CallsUpdated, IReadOnlyList<string> Errors);
}
