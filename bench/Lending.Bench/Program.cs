using System.Globalization;
using System.Text.Json;
using Plateforme.Lending.Bench;
using Plateforme.Testing;

// Pledges per second on one hot campaign on PostgreSQL: a single client (the baseline) and N concurrent clients.
var options = BenchOptions.Parse(args);
var postgres = new ThrowawayPostgres();
await postgres.InitializeAsync();
try
{
    var baselineAttempts = Math.Max(100, options.Attempts / 5);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL ready in {postgres.StartupTime.TotalSeconds:0.0} s; baseline: 1 client, {baselineAttempts} attempts"));
    var baseline = await HotCampaignRun.RunAsync("single-client", await postgres.CreateDatabaseAsync(), 1, baselineAttempts, 1);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"concurrent: {options.Clients} clients, {options.Attempts} attempts"));
    var concurrent = await HotCampaignRun.RunAsync("concurrent", await postgres.CreateDatabaseAsync(), options.Clients, options.Attempts, 2);

    const double Target = 200;
    var correct = !concurrent.Overfunded && !baseline.Overfunded && concurrent.AccountingMatches && baseline.AccountingMatches
        && concurrent.Failed == 0 && baseline.Failed == 0;
    var report = new
    {
        benchmark = "lending-hot-campaign-pledges",
        date = DateTimeOffset.UtcNow,
        quick = options.Quick,
        machine = new { Environment.ProcessorCount, os = Environment.OSVersion.VersionString, loadAverage = LoadAverage() },
        database = "PostgreSQL (throwaway cluster, fsync off), READ COMMITTED + SELECT … FOR UPDATE on the campaign row",
        runs = new[] { baseline, concurrent },
        speedupOverBaseline = Math.Round(concurrent.AcceptedPerSecond / baseline.AcceptedPerSecond, 2),
        target = new { acceptedPerSecond = Target, clients = options.Clients, met = concurrent.AcceptedPerSecond >= Target && correct },
        zeroOverfunding = correct,
    };
    var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
    Console.WriteLine(json);
    var folder = Path.GetDirectoryName(Path.GetFullPath(options.Output));
    if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    await File.WriteAllTextAsync(options.Output, json + Environment.NewLine);
    return correct ? 0 : 1;
}
finally
{
    await postgres.DisposeAsync();
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "";
