using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Data;
using Plateforme.Experiences.Finding;
using Plateforme.Experiences.Seeding;
using Plateforme.Experiences.Sheets;
using Plateforme.Experiences.Store;
using Plateforme.Search.Bench.Measurement;

namespace Plateforme.Search.Bench.Experiences;

/// <summary>
/// Search latency of the experiences: the module's own index (<see cref="ExperienceIndex"/>, facets included) on the
/// seeded base, then on a base grown to the given size with variants of the seeded sheets, each against the baseline of
/// the same run (<see cref="LinearScan"/>). One query at a time, after a warm-up.
/// </summary>
public static class ExperienceBench
{
    private const int Rounds = 10;

    public static async Task<ExperienceBenchReport> RunAsync(int grownSize, int warmUp, TextWriter log, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "plateforme-experiences-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var contexts = ExperiencesDbContext.Store.CreateFactory(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "experiences.db")}");
            var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using (db) await db.Database.MigrateAsync(cancellationToken);
            var sheets = new ExperienceService(contexts, TimeProvider.System);
            await new ExperienceSeeder(contexts, TimeProvider.System, sheets, NullLogger<ExperienceSeeder>.Instance).SeedAsync(cancellationToken);
            using var index = new ExperienceIndex(sheets);

            var sizes = new List<ExperienceSizeReport> { await MeasureAsync(index, sheets, warmUp, log, cancellationToken) };
            if (grownSize > sizes[0].Sheets)
            {
                await GrowAsync(sheets, grownSize, log, cancellationToken);
                sizes.Add(await MeasureAsync(index, sheets, warmUp, log, cancellationToken));
            }

            return new ExperienceBenchReport(DateTimeOffset.UtcNow, Environment.ProcessorCount, MachineLoad.Read(), ExperienceQueries.All.Count, Rounds, sizes);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<ExperienceSizeReport> MeasureAsync(ExperienceIndex index, ExperienceService sheets, int warmUp, TextWriter log, CancellationToken cancellationToken)
    {
        var published = await sheets.PublishedAsync(cancellationToken);
        // The first search after a change rebuilds the in-memory index from the database: that is its build time.
        var build = Stopwatch.StartNew();
        await index.SearchAsync(new ExperienceQuery(), cancellationToken);
        build.Stop();
        var scan = new LinearScan(published);
        var queries = ExperienceQueries.All;
        for (var i = 0; i < warmUp; i++)
        {
            await index.SearchAsync(queries[i % queries.Count], cancellationToken);
            scan.Count(queries[i % queries.Count]);
        }

        var indexTimes = new List<double>();
        var scanTimes = new List<double>();
        long indexHits = 0, scanHits = 0;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var query in queries)
            {
                var watch = Stopwatch.StartNew();
                var result = await index.SearchAsync(query, cancellationToken);
                indexTimes.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                var found = scan.Count(query);
                scanTimes.Add(watch.Elapsed.TotalMilliseconds);
                if (round == 0) (indexHits, scanHits) = (indexHits + result.Total, scanHits + found);
            }
        }

        var report = new ExperienceSizeReport(published.Count, build.Elapsed.TotalMilliseconds, LatencyStats.From(indexTimes), LatencyStats.From(scanTimes),
            (double)indexHits / queries.Count, (double)scanHits / queries.Count);
        log.WriteLine($"[experiences] {report.Sheets} sheets: index p50 {report.Index.P50Ms:0.000} ms p95 {report.Index.P95Ms:0.000} ms, "
            + $"scan p50 {report.Scan.P50Ms:0.000} ms p95 {report.Scan.P95Ms:0.000} ms, rebuild {report.IndexBuildMs:0} ms");
        return report;
    }

    // Variants of the seeded sheets (same text, a numbered title), published through the service like a moderator would.
    private static async Task GrowAsync(ExperienceService sheets, int size, TextWriter log, CancellationToken cancellationToken)
    {
        var seeded = await sheets.PublishedAsync(cancellationToken);
        var moderator = new ExperienceActor(Guid.NewGuid(), [], IsModerator: true);
        log.WriteLine($"[experiences] growing the base to {size} sheets…");
        for (var n = seeded.Count; n < size; n++)
        {
            var model = seeded[n % seeded.Count];
            var input = ExperienceInput.From(model) with { Title = $"{model.Title} (variante {n / seeded.Count})" };
            var draft = await sheets.SaveDraftAsync(null, input, moderator, cancellationToken);
            var id = draft.Sheet?.Id ?? throw new InvalidOperationException(string.Join(" ", draft.Problems));
            await sheets.SubmitAsync(id, moderator, cancellationToken);
            await sheets.PublishAsync(id, moderator, cancellationToken);
        }
    }
}
