using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Plateforme.Data;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Bench;

/// <summary>
/// Many lenders pledging on one campaign at once, through the real <see cref="PledgeService"/> on PostgreSQL. The goal is
/// set a little below what all attempts would add up to, so the end of the run races for the last euros.
/// </summary>
internal static class HotCampaignRun
{
    public static async Task<RunResult> RunAsync(string name, string connectionString, int clients, int attempts, int seed)
    {
        var pooled = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = clients + 10 }.ConnectionString;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLendingServices(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = pooled }, AppContext.BaseDirectory);

        var random = new Random(seed);
        var amounts = Enumerable.Range(0, attempts).Select(_ => random.NextInt64(1_000, 5_001)).ToArray();
        var goal = amounts.Sum() * 95 / 100;
        services.Configure<LendingOptions>(o =>
        {
            o.MaxGoalCents = Math.Max(goal, o.MinGoalCents);
            o.MaxPerProjectCents = Math.Max(goal, o.MaxPerProjectCents);
        });
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator<LendingDbContext>>().MigrateAsync();

        var campaigns = provider.GetRequiredService<CampaignService>();
        var pledges = provider.GetRequiredService<PledgeService>();

        // Warm-up on another campaign: the JIT, EF's compiled queries and the connection pool, outside the measure.
        var warmUp = await PublishAsync(campaigns, goal);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            for (var i = 0; i < 3; i++)
            {
                await pledges.PledgeAsync(new PledgeRequest(warmUp.Id, $"warm-{c}-{i}", PledgeKind.Loan, 1_000, "Prêteur", "1 place de la Gare", "59000", "Lille"));
            }
        }));

        var campaign = await PublishAsync(campaigns, goal);
        var latencies = new double[attempts];
        var outcomes = new int[attempts];
        var next = -1;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < attempts)
            {
                var request = new PledgeRequest(campaign.Id, $"lender-{i}", PledgeKind.Loan, amounts[i], "Prêteur " + i, "1 place de la Gare", "59000", "Lille");
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await pledges.PledgeAsync(request);
                    outcomes[i] = 1;
                }
                catch (LendingValidationException)
                {
                    outcomes[i] = 2;
                }
                catch (Exception exception) when (exception is DbUpdateException or NpgsqlException or InvalidOperationException)
                {
                    outcomes[i] = 3;
                }

                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var seconds = watch.Elapsed.TotalSeconds;

        var factory = provider.GetRequiredService<IDbContextFactory<LendingDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var stored = await db.Pledges.Where(p => p.CampaignId == campaign.Id).SumAsync(p => p.AmountCents);
        var storedCount = await db.Pledges.CountAsync(p => p.CampaignId == campaign.Id);
        var received = await db.OutgoingMessages.CountAsync(m => m.CampaignId == campaign.Id && m.Kind == OutgoingMessageKind.PledgeReceived);
        var acceptedCents = Enumerable.Range(0, attempts).Where(i => outcomes[i] == 1).Sum(i => amounts[i]);
        var accepted = outcomes.Count(o => o == 1);
        var sorted = latencies.Order().ToArray();
        return new RunResult(
            name, clients, attempts, accepted, outcomes.Count(o => o == 2), outcomes.Count(o => o == 3), Math.Round(seconds, 3),
            Math.Round(accepted / seconds, 1), Math.Round(attempts / seconds, 1),
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99),
            goal, stored, acceptedCents, stored, stored > goal, acceptedCents == stored && storedCount == accepted && received == accepted);
    }

    private static async Task<Campaign> PublishAsync(CampaignService campaigns, long goal)
    {
        var draft = new CampaignDraft("bench-carrier", "Campagne de mesure", "<p>Mesure</p>", "mesure", "commune:59350", goal,
            ParisCalendar.Today(TimeProvider.System).AddDays(30), 12, 0);
        var campaign = await campaigns.CreateDraftAsync(draft);
        await campaigns.SubmitAsync(campaign.Id, "bench-carrier");
        return await campaigns.PublishAsync(campaign.Id, "bench-moderator");
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 2);
}
