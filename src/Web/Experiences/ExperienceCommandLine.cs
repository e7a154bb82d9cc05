using Plateforme.Data;
using Plateforme.Experiences.Import;
using Plateforme.Experiences.Sheets;
using Plateforme.Experiences.Store;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Experiences;

/// <summary>
/// « dotnet run --project src/Web -- import-umap export.geojson [--confirm] »: the uMap import of the admin page from
/// a terminal. Without --confirm it only previews (what would become drafts, which features duplicate a sheet);
/// with it, the drafts are created, without structure, for the moderators to complete.
/// </summary>
public static class ExperienceCommandLine
{
    public const string ImportUmap = "import-umap";

    public static bool IsImportUmap(string[] args) => args.Length > 0 && args[0] == ImportUmap;

    public static async Task<int> ImportUmapAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 2 || !File.Exists(args[1]))
        {
            Console.Error.WriteLine(ExperienceUi.CliUsage);
            return 2;
        }
        await app.Services.GetRequiredService<DatabaseMigrator<ExperiencesDbContext>>().MigrateAsync();
        var importer = app.Services.GetRequiredService<UmapImporter>();
        IReadOnlyList<UmapCandidate> candidates;
        try
        {
            await using var file = File.OpenRead(args[1]);
            candidates = await importer.PreviewAsync(file);
        }
        catch (UmapFormatException problem)
        {
            Console.Error.WriteLine(problem.Message);
            return 1;
        }
        foreach (var candidate in candidates)
        {
            var verdict = candidate.Problems.Count > 0 ? string.Join(" ", candidate.Problems)
                : candidate.Duplicate is { } duplicate ? string.Format(FrenchFormat.Culture, ExperienceUi.CliDuplicate, duplicate.Title)
                : ExperienceUi.CliNew;
            Console.WriteLine($"{candidate.Position}. {candidate.Input.Title} — {verdict}");
        }
        if (!args.Contains("--confirm"))
        {
            Console.WriteLine(ExperienceUi.CliPreviewOnly);
            return 0;
        }
        var created = await importer.ImportAsync(candidates, new ExperienceActor(Guid.Empty, [], IsModerator: true));
        Console.WriteLine(string.Format(FrenchFormat.Culture, ExperienceUi.CliCreated, created));
        return 0;
    }
}
