using System.Text.Json;
using Plateforme.Crawler.Scheduling;
using Plateforme.Crawler.Tests.Sources.Shapes;

namespace Plateforme.Crawler.Tests.Scheduling;

/// <summary>
/// The command line on the hand-written page shapes (Fixtures/Shapes): each definition file replayed through the real
/// pipeline with <c>--today</c>, and <c>validate --fetch</c> saying what a definition cannot describe.
/// </summary>
public sealed class ShapeReplayCliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crawler-shapes-" + Guid.NewGuid().ToString("N"));

    public ShapeReplayCliTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("fondation-sections", 3, "Vieillir chez soi, entouré", "2026-06-02", 1_000_000L)]
    [InlineData("departement-fiches", 3, "Fonds départemental pour la vie locale", "2026-03-27", 300_000L)]
    [InlineData("region-tableau", 4, "Culture dans les territoires", "2026-04-30", 2_000_000L)]
    [InlineData("reseau-rss", 2, "Fonds pour l'innovation associative", "2026-03-31", 2_500_000L)]
    [InlineData("opendata-json", 3, "Fonds ESS – Amorçage des projets d'économie sociale et solidaire", "2026-04-30", 1_500_000L)]
    [InlineData("opendata-csv", 3, "Skoaz : Soutien aux fédérations associatives", "2026-03-31", 4_500_000L)]
    public async Task Each_shape_replayed_gives_its_calls_deadline_and_amount(string id, int count, string title, string deadline, long maxAmountCents)
    {
        var (exit, output, errors) = await RunAsync("run", ShapeFixtures.DefinitionFile(id), "--dry-run", "--json", "--fixtures", ShapeFixtures.Directory, "--today", "2026-01-05");

        Assert.True(exit == 0, errors + output);
        using var report = JsonDocument.Parse(output);
        var calls = report.RootElement.GetProperty("calls").EnumerateArray().ToList();
        Assert.Equal(count, calls.Count);
        var call = Assert.Single(calls, c => c.GetProperty("title").GetString() == title);
        Assert.Equal(deadline, call.GetProperty("deadline").GetString());
        Assert.Equal(maxAmountCents, call.GetProperty("maxAmountCents").GetInt64());
    }

    [Fact]
    public async Task Joined_date_and_hour_and_a_stated_recurrence_reach_the_extracted_call()
    {
        var (exit, output, _) = await RunAsync("run", ShapeFixtures.DefinitionFile("opendata-json"), "--dry-run", "--json", "--fixtures", ShapeFixtures.Directory, "--today", "2026-01-05");

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(output);
        var calls = report.RootElement.GetProperty("calls").EnumerateArray().ToDictionary(c => c.GetProperty("externalId").GetString()!);
        Assert.Equal(("2026-04-30", "12:00:00", "Recurring"), (calls["mel-2026-ess"].GetProperty("deadline").GetString(), calls["mel-2026-ess"].GetProperty("deadlineTime").GetString(), calls["mel-2026-ess"].GetProperty("recurrence").GetString()));
        Assert.Equal(500_050L, calls["mel-2026-climat"].GetProperty("maxAmountCents").GetInt64());
        Assert.Equal("Permanent", calls["mel-permanent-sport"].GetProperty("recurrence").GetString());
        Assert.False(calls["mel-permanent-sport"].TryGetProperty("deadline", out _));
    }

    [Theory]
    [InlineData("2024-01-10", "2024-03-15")]
    [InlineData("2025-01-10", "2025-03-15")]
    public async Task Today_resolves_year_less_dates_as_on_the_day_the_pages_were_fetched(string today, string deadline)
    {
        var (exit, output, _) = await RunAsync("run", ShapeFixtures.DefinitionFile("fondation-sections"), "--dry-run", "--json", "--fixtures", ShapeFixtures.Directory, $"--today={today}");

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(output);
        var call = report.RootElement.GetProperty("calls").EnumerateArray().First();
        Assert.Equal("Précarité alimentaire : cuisiner ensemble", call.GetProperty("title").GetString());
        Assert.Equal(deadline, call.GetProperty("deadline").GetString());
    }

    [Theory]
    [InlineData("15/03/2025")]
    [InlineData("2025-02-30")]
    [InlineData("demain")]
    public async Task A_malformed_today_is_refused_in_french(string today)
    {
        var (exit, _, errors) = await RunAsync("run", "ville-amiens", "--dry-run", "--today", today);

        Assert.Equal(2, exit);
        Assert.Equal($"« --today » attend une date au format AAAA-MM-JJ, par exemple « --today 2025-03-14 » ; « {today} » n'en est pas une.", errors.Trim());
    }

    [Fact]
    public async Task Validate_fetch_says_a_headings_page_needs_heading_sections_not_list_items()
    {
        var file = CopyWith("fondation-sections", """
            "itemMode": "HeadingSections",
                "item": "main h3",
            """, """
            "item": "ul.appels li",
            """);

        var (exit, output, _) = await RunAsync("validate", file, "--fetch", "--fixtures", ShapeFixtures.Directory);

        Assert.Equal(1, exit);
        Assert.Contains("est valide", output, StringComparison.Ordinal);
        Assert.Contains("0 élément(s)", output, StringComparison.Ordinal);
        Assert.Contains(
            "« fields.item » (« ul.appels li ») ne trouve aucun élément sur https://www.fondation-solidarites-locales.fr/nos-appels-a-projets ; la page présente 3 titres h3 suivis chacun de paragraphes",
            output, StringComparison.Ordinal);
        Assert.Contains("« \"itemMode\": \"HeadingSections\" » avec « \"item\": \"h3\" »", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_fetch_names_a_field_empty_on_every_item_and_the_label_to_use()
    {
        var file = CopyWith("departement-fiches", "\"deadline\": \"label:Date limite de candidature|Date de clôture\",", "\"deadline\": \"dd.date-limite\",");

        var (exit, output, _) = await RunAsync("validate", file, "--fetch", "--fixtures", ShapeFixtures.Directory);

        Assert.Equal(1, exit);
        Assert.Contains(
            "« detail.fields.deadline » (« dd.date-limite ») est vide sur les 3 éléments lus : les éléments portent le libellé « Date limite de candidature » : essayez « label:Date limite de candidature »",
            output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_fetch_accepts_a_definition_that_describes_its_pages()
    {
        var (exit, output, _) = await RunAsync("validate", ShapeFixtures.DefinitionFile("region-tableau"), "--fetch", "--fixtures", ShapeFixtures.Directory);

        Assert.True(exit == 0, output);
        Assert.Contains("Lecture d'essai (rien n'est enregistré) : 1 page(s) lue(s), 4 élément(s), 0 erreur(s).", output, StringComparison.Ordinal);
        Assert.Contains("décrit la source", output, StringComparison.Ordinal);
    }

    private string CopyWith(string id, string from, string to)
    {
        var text = File.ReadAllText(ShapeFixtures.DefinitionFile(id));
        var changed = text.Replace(from.Trim(), to.Trim(), StringComparison.Ordinal);
        Assert.NotEqual(text, changed);
        var file = Path.Combine(_folder, id + ".json");
        File.WriteAllText(file, changed);
        return file;
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CrawlerCli.RunAsync(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
