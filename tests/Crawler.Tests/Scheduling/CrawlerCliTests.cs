using System.Text.Json;
using Plateforme.Crawler.Scheduling;
using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Scheduling;

/// <summary>The command line as a person types it, replaying the shipped fixture copies through the real pipeline.</summary>
public sealed class CrawlerCliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crawler-cli-" + Guid.NewGuid().ToString("N"));

    public CrawlerCliTests() => Directory.CreateDirectory(_folder);

    private string Database => Path.Combine(_folder, "plateforme.db");

    private string DatabaseArg => $"--Database:ConnectionString=Data Source={Database};Pooling=False";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("aides-territoires", 3, "Soutenir les projets associatifs en faveur de la jeunesse", "2026-03-15", 500_000L)]
    [InlineData("appelaprojets", 8, "Fonds pour le développement de la vie associative (FDVA) - Fonctionnement et innovation 2026", "2026-01-15", 1_500_000L)]
    [InlineData("data-gouv-fonjep-aap", 3, "Fonds de coopération de la jeunesse et de l'éducation populaire (FONJEP), postes 2026", "2026-03-15", 716_400L)]
    [InlineData("departement-somme", 4, "Appel à projets « Initiatives jeunesse » 2026", "2026-03-15", 500_000L)]
    [InlineData("fondation-de-france", 4, "Lutter contre la précarité alimentaire", "2026-05-28", 4_000_000L)]
    [InlineData("ile-de-france-aides-opendata", 3, "Soutien régional aux associations de solidarité", "2026-03-31", null)]
    [InlineData("region-hauts-de-france", 5, "Génération Asso : soutien aux projets associatifs", "2026-03-31", 3_000_000L)]
    [InlineData("region-nouvelle-aquitaine", 3, "FEDER - Inclusion sociale et lutte contre la pauvreté", "2027-12-31", null)]
    [InlineData("ville-amiens", 4, "Fonds d'initiatives associatives", "2026-02-11", 150_000L)]
    public async Task A_dry_run_of_each_shipped_source_on_its_fixture_copy_prints_its_calls_as_json(
        string sourceId, int calls, string title, string deadline, long? maxAmountCents)
    {
        var (exit, output, _) = await RunAsync("run", sourceId, "--dry-run", "--json", "--fixtures", FixtureSite.FixturesDirectory, DatabaseArg);

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(sourceId, report.RootElement.GetProperty("source").GetString());
        Assert.True(report.RootElement.GetProperty("dryRun").GetBoolean());
        var extracted = report.RootElement.GetProperty("calls").EnumerateArray().ToList();
        Assert.Equal(calls, extracted.Count);
        Assert.All(extracted, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("title").GetString())));
        var call = Assert.Single(extracted, c => c.GetProperty("title").GetString() == title);
        Assert.Equal(deadline, call.GetProperty("deadline").GetString());
        Assert.Equal(maxAmountCents, call.TryGetProperty("maxAmountCents", out var max) ? max.GetInt64() : null);
        Assert.StartsWith("https://", call.GetProperty("originUrl").GetString(), StringComparison.Ordinal);
        Assert.False(call.TryGetProperty("rawPayload", out _));
        Assert.False(File.Exists(Database), "a dry run must not create or touch the database");
    }

    [Fact]
    public async Task A_dry_run_of_a_definition_file_prints_a_french_summary_of_its_calls()
    {
        var file = Path.Combine(_folder, "ville-amiens.json");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Definitions", "ville-amiens.json"), file);

        var (exit, output, _) = await RunAsync("run", file, "--dry-run", "--fixtures", FixtureSite.FixturesDirectory, DatabaseArg);

        Assert.Equal(0, exit);
        Assert.StartsWith("ville-amiens (essai, rien n'est enregistré) : 1 page(s) lue(s), 4 élément(s), 4 appel(s) extrait(s), 0 erreur(s).", output, StringComparison.Ordinal);
        Assert.Contains("  - Fonds d'initiatives associatives — 11/02/2026, jusqu'à 1500 € — https://www.amiens.fr/", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public async Task A_real_run_on_fixtures_fills_the_catalogue_and_list_then_shows_its_health()
    {
        var (exit, output, _) = await RunAsync("run", "ville-amiens", "--json", "--fixtures", FixtureSite.FixturesDirectory, DatabaseArg);
        var (listExit, list, _) = await RunAsync("list", DatabaseArg);

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("Succeeded", report.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(4, report.RootElement.GetProperty("calls").GetArrayLength());
        Assert.Equal(0, listExit);
        var lines = list.Split(Environment.NewLine);
        var amiens = Array.FindIndex(lines, l => l.StartsWith("ville-amiens (rév. 1)", StringComparison.Ordinal));
        Assert.Contains("(réussi, 4 élément(s), 0 erreur(s))", lines[amiens], StringComparison.Ordinal);
        Assert.Equal("  santé : ok — Le dernier passage a trouvé 4 élément(s).", lines[amiens + 1]);
        Assert.Contains("  santé : jamais lancée — La source n'a encore jamais été relevée.", list, StringComparison.Ordinal);
        Assert.Contains("  santé : désactivée", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_explains_every_problem_of_a_definition_in_french_and_fails()
    {
        var file = Path.Combine(_folder, "ma-source.json");
        File.WriteAllText(file, """
            {
              "formatVersion": 1, "id": "Ma Source", "name": "", "funder": { "name": "Ville", "slug": "ville" },
              "kind": "HtmlListing", "entryUrls": ["ftp://exemple.fr/aides"], "schedule": "tous les jours", "licence": "CC-BY"
            }
            """);

        var (exit, output, _) = await RunAsync("validate", file);

        Assert.Equal(1, exit);
        Assert.Contains("n'est pas une définition utilisable", output, StringComparison.Ordinal);
        Assert.Contains("l'identifiant « Ma Source » doit être écrit en minuscules", output, StringComparison.Ordinal);
        Assert.Contains("« schedule » (« tous les jours ») n'est pas une expression cron Quartz valide", output, StringComparison.Ordinal);
        Assert.True(output.Split(Environment.NewLine).Count(l => l.StartsWith("  - ", StringComparison.Ordinal)) >= 4, output);
    }

    [Fact]
    public async Task Validate_points_at_the_line_of_malformed_json()
    {
        var broken = Path.Combine(_folder, "cassee.json");
        File.WriteAllText(broken, "{\n  \"formatVersion\": 1,\n  \"id\": \"cassee\" \"name\": \"x\"\n}");

        var (brokenExit, brokenOutput, _) = await RunAsync("validate", broken);

        Assert.Equal(1, brokenExit);
        Assert.Contains("ligne 3", brokenOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_accepts_a_shipped_file()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "Definitions", "appelaprojets.json");

        var (shippedExit, shippedOutput, _) = await RunAsync("validate", shipped);

        Assert.Equal(0, shippedExit);
        Assert.Contains("est valide : source « appelaprojets »", shippedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_sources_missing_files_and_folders_are_explained_not_thrown()
    {
        var unknown = await RunAsync("run", "nulle-part", "--dry-run", DatabaseArg);
        var missingFile = await RunAsync("validate", Path.Combine(_folder, "absente.json"));
        var missingFolder = await RunAsync("run", "ville-amiens", "--dry-run", "--fixtures", Path.Combine(_folder, "rien"));

        Assert.Equal((2, "Source inconnue : « nulle-part »."), (unknown.Exit, unknown.Errors.Split(" La commande")[0]));
        Assert.Equal(2, missingFile.Exit);
        Assert.StartsWith("Fichier introuvable", missingFile.Output, StringComparison.Ordinal);
        Assert.Equal(2, missingFolder.Exit);
        Assert.StartsWith("Dossier de copies introuvable", missingFolder.Errors, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CrawlerCli.RunAsync(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
